package org.zhibiao.domain;

import java.nio.file.Path;
import java.util.List;

/** Snapshots for supervisors: one self-contained database file, optionally without later quarters. */
public interface SnapshotStore {

    /** The locked quarters, oldest first. */
    List<Period> lockedPeriods();

    /**
     * A consistent copy at {@code target}; with {@code upTo}, the values of later quarters are left
     * out. An earlier snapshot there stays whole if this one fails.
     */
    void write(Path target, Period upTo);
}
