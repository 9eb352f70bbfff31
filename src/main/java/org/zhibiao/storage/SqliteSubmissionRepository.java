package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.SubmissionRepository;

/** What the {@code source_file} table says about a period's returns, and the period locks. */
public final class SqliteSubmissionRepository implements SubmissionRepository {

    private final Database db;

    public SqliteSubmissionRepository(Database db) {
        this.db = db;
    }

    /** A file received for a period: imported or rejected, oldest first. */
    @Override
    public List<Received> received(Period period) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT region_code, state, revision, received_at, file_name FROM source_file
                    WHERE period = ? AND region_code IS NOT NULL AND state IN ('imported', 'rejected')
                    ORDER BY id""")) {
                p.setInt(1, period.index());
                try (ResultSet rs = p.executeQuery()) {
                    List<Received> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Received(rs.getString(1), rs.getString(2), Rows.getInt(rs, "revision"),
                                Instant.parse(rs.getString(4)), rs.getString(5)));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public boolean isLocked(Period period) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM period_lock WHERE period = ?")) {
                p.setInt(1, period.index());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() && rs.getInt(1) > 0;
                }
            }
        });
    }

    /** Locks a period; false when it already was. */
    @Override
    public boolean lock(Period period, String user, Instant at) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO period_lock (period, locked_at, locked_by) VALUES (?, ?, ?)
                    ON CONFLICT (period) DO NOTHING""")) {
                p.setInt(1, period.index());
                p.setString(2, at.toString());
                p.setString(3, user);
                return p.executeUpdate() > 0;
            }
        });
    }

    /** Unlocks a period; false when it was not locked. */
    @Override
    public boolean unlock(Period period) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM period_lock WHERE period = ?")) {
                p.setInt(1, period.index());
                return p.executeUpdate() > 0;
            }
        });
    }
}
