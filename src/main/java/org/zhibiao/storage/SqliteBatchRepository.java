package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.ImportBatch;
import org.zhibiao.domain.ZhibiaoException;

/** Import batches: undoing one removes its values and makes each key's previous revision current. */
public final class SqliteBatchRepository {

    private final Database db;

    public SqliteBatchRepository(Database db) {
        this.db = db;
    }

    /** Undoes a batch and returns how many values it removed. */
    public int undo(long batchId, Instant at) {
        return db.inTransaction(c -> {
            requireOpenBatch(c, batchId);
            List<Object[]> keys = keys(c, batchId);
            int removed = update(c, "DELETE FROM observation WHERE batch_id = ?", batchId);
            try (PreparedStatement p = c.prepareStatement("""
                    UPDATE observation SET current = 1 WHERE id = (
                        SELECT id FROM observation
                        WHERE indicator_code = ? AND period = ? AND region_code = ?
                        ORDER BY revision DESC LIMIT 1)""")) {
                for (Object[] key : keys) {
                    p.setString(1, (String) key[0]);
                    p.setInt(2, (Integer) key[1]);
                    p.setString(3, (String) key[2]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            update(c, "UPDATE source_file SET state = 'undone' WHERE batch_id = ?", batchId);
            try (PreparedStatement p = c.prepareStatement("UPDATE import_batch SET undone_at = ? WHERE id = ?")) {
                p.setString(1, at.toString());
                p.setLong(2, batchId);
                p.executeUpdate();
            }
            return removed;
        });
    }

    /** Import batches, newest first, with their counts of files and values. */
    public List<ImportBatch> history() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT b.id, b.started_at, b.user_name, b.undone_at,
                           (SELECT COUNT(*) FROM source_file f WHERE f.batch_id = b.id),
                           (SELECT COUNT(*) FROM observation o WHERE o.batch_id = b.id)
                    FROM import_batch b WHERE b.kind = 'import' ORDER BY b.id DESC""");
                 ResultSet rs = p.executeQuery()) {
                List<ImportBatch> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ImportBatch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(5),
                            rs.getInt(6), rs.getString(4) != null));
                }
                return out;
            }
        });
    }

    private static void requireOpenBatch(Connection c, long batchId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT undone_at FROM import_batch WHERE id = ?")) {
            p.setLong(1, batchId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new ZhibiaoException("import.error.noBatch", null, Long.toString(batchId));
                }
                if (rs.getString(1) != null) {
                    throw new ZhibiaoException("import.error.batchUndone", null, Long.toString(batchId));
                }
            }
        }
    }

    private static List<Object[]> keys(Connection c, long batchId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT DISTINCT indicator_code, period, region_code FROM observation WHERE batch_id = ?""")) {
            p.setLong(1, batchId);
            try (ResultSet rs = p.executeQuery()) {
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)});
                }
                return out;
            }
        }
    }

    private static int update(Connection c, String sql, long batchId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, batchId);
            return p.executeUpdate();
        }
    }
}
