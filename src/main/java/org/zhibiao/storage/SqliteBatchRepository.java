package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.BatchRepository;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ZhibiaoException;

/** Import batches: undoing one removes its values and makes each key's previous revision current. */
public final class SqliteBatchRepository implements BatchRepository {

    private final Database db;

    public SqliteBatchRepository(Database db) {
        this.db = db;
    }

    /** Undoes a batch and returns how many values it removed. */
    @Override
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

    /** Every file imported, refused or skipped, newest first, with the values it holds now. */
    @Override
    public List<ImportedFile> files() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT f.batch_id, f.file_name, f.region_code, f.period, b.user_name, f.received_at, f.state,
                           (SELECT COUNT(*) FROM observation o WHERE o.file_id = f.id)
                    FROM source_file f JOIN import_batch b ON b.id = f.batch_id
                    WHERE b.kind = 'import' ORDER BY f.id DESC""");
                 ResultSet rs = p.executeQuery()) {
                List<ImportedFile> out = new ArrayList<>();
                while (rs.next()) {
                    int period = rs.getInt(4);
                    out.add(new ImportedFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : Period.fromIndex(period), rs.getInt(8), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
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
