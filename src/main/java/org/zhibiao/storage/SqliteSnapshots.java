package org.zhibiao.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.SnapshotStore;
import org.zhibiao.files.AsideFiles;

/**
 * Snapshots for supervisors: one self-contained file (no WAL beside it, so SQLite's immutable
 * mode reads all of it), optionally without the quarters after a given one.
 */
public final class SqliteSnapshots implements SnapshotStore {

    private static final String DROP_LATER_VALUES = "DELETE FROM observation WHERE period > ?";
    private static final String DROP_LATER_FILES = """
            DELETE FROM source_file
            WHERE period > ? AND id NOT IN (SELECT file_id FROM observation WHERE file_id IS NOT NULL)""";

    private final Database db;

    public SqliteSnapshots(Database db) {
        this.db = db;
    }

    /** The locked quarters, oldest first. */
    @Override
    public List<Period> lockedPeriods() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT period FROM period_lock ORDER BY period");
                 ResultSet rs = p.executeQuery()) {
                List<Period> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Period.fromIndex(rs.getInt(1)));
                }
                return out;
            }
        });
    }

    /**
     * A consistent copy at {@code target}; with {@code upTo}, the values of later quarters are left
     * out. Built aside and moved over {@code target} when complete, so an earlier snapshot there
     * stays whole if this one fails.
     */
    @Override
    public void write(Path target, Period upTo) {
        Path aside = AsideFiles.aside(target, "copy");
        try {
            Files.createDirectories(aside.getParent());
            db.copyInto(aside);
            trim(aside, upTo);
            AsideFiles.moveIntoPlace(aside, target.toAbsolutePath());
        } catch (IOException e) {
            throw new StorageException("storage.error.backup", e, target);
        } finally {
            Database.deleteAside(aside, target);
        }
    }

    private static void trim(Path copyFile, Period upTo) {
        try (Database copy = Database.open(copyFile)) {
            if (upTo != null) {
                copy.runInTransaction(c -> {
                    for (String sql : List.of(DROP_LATER_VALUES, DROP_LATER_FILES)) {
                        try (PreparedStatement p = c.prepareStatement(sql)) {
                            p.setInt(1, upTo.index());
                            p.executeUpdate();
                        }
                    }
                });
            }
            copy.makeSelfContained();
            copy.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM");
                }
                return null;
            });
        }
    }
}
