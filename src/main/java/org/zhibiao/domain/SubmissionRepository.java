package org.zhibiao.domain;

import java.time.Instant;
import java.util.List;

/** The files received for a quarter and the quarter's lock. */
public interface SubmissionRepository {

    /** One file received from a region: its state, revision (null unless imported), time and name. */
    record Received(String regionCode, String state, Integer revision, Instant receivedAt, String fileName) {
    }

    List<Received> received(Period period);

    boolean isLocked(Period period);

    /** Locks a quarter; false when it was locked already. */
    boolean lock(Period period, String user, Instant at);

    /** Unlocks a quarter; false when it was not locked. */
    boolean unlock(Period period);
}
