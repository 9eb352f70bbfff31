package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.SnapshotStore;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/**
 * The file an officer hands to a supervisor: a {@value #EXTENSION} snapshot of the database,
 * optionally limited to the quarters up to a locked one, opened read-only by double-click.
 */
public final class SnapshotService {

    public static final String EXTENSION = ".zbs";

    private final SnapshotStore snapshots;

    public SnapshotService(SnapshotStore snapshots) {
        this.snapshots = snapshots;
    }

    public static boolean isSnapshot(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The quarters a snapshot may stop at. */
    public List<Period> lockedPeriods() {
        return snapshots.lockedPeriods();
    }

    /** Writes the snapshot; {@code upTo} must be a locked quarter, or null for everything. */
    public Path export(Path target, Period upTo) {
        if (upTo != null && !lockedPeriods().contains(upTo)) {
            throw new ZhibiaoException("snapshot.error.notLocked", null, upTo);
        }
        Path file = isSnapshot(target) ? target : target.resolveSibling(target.getFileName() + EXTENSION);
        try {
            AtomicFile.make(file, temporary -> snapshots.write(temporary, upTo));
        } catch (IOException e) {
            throw new ZhibiaoException("snapshot.error.write", e, file);
        }
        return file;
    }
}
