package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ReturnStates;

/**
 * For the submissions heat map: per region, the newest revision of an imported return for a
 * quarter (0 when only rejected files came in); regions that sent nothing are absent.
 */
public final class SqliteReturnStates implements ReturnStates {

    private static final String NEWEST = """
            SELECT region_code,
                   max(CASE WHEN state = 'imported' THEN coalesce(revision, 1) ELSE 0 END) AS newest
            FROM source_file
            WHERE period = ? AND region_code IS NOT NULL AND state IN ('imported', 'rejected')
            GROUP BY region_code""";

    private final Database db;

    public SqliteReturnStates(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, Integer> newestRevisions(Period period) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(NEWEST)) {
                p.setInt(1, period.index());
                try (ResultSet rs = p.executeQuery()) {
                    Map<String, Integer> out = new HashMap<>();
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                    return out;
                }
            }
        });
    }
}
