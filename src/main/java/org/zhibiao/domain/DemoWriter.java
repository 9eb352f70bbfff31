package org.zhibiao.domain;

import java.time.Instant;
import java.util.List;

/**
 * Stores a demo history in one transaction: its targets, one import batch of kind {@code demo},
 * one received return per region and period, and the values as first revisions of that return.
 */
public interface DemoWriter {

    String DEMO = "demo";

    /** The values one region gave for one period, received at a time. */
    record Return(String regionCode, Period period, Instant receivedAt, List<Observation> values) {
    }

    /** Writes everything or nothing and returns the batch id. */
    long write(List<Target> targets, List<Return> returns, Instant batchAt, String user);
}
