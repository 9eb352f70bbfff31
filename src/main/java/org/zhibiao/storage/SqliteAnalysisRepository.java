package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;

/**
 * What the analysis reads, in one query per screen: the current values of some periods for
 * whole region subtrees, without lineage (observations come back with a null lineage).
 */
public final class SqliteAnalysisRepository {

    private static final String CURRENT = """
            WITH RECURSIVE sub(code) AS (
                SELECT code FROM region WHERE code IN (%s)
                UNION ALL
                SELECT r.code FROM region r JOIN sub ON r.parent_code = sub.code)
            SELECT o.indicator_code, o.region_code, o.period, o.value, o.numerator, o.denominator, o.revision
            FROM sub CROSS JOIN observation o
            WHERE o.region_code = sub.code AND o.current = 1 AND o.period IN (%s)%s""";

    private final Database db;

    public SqliteAnalysisRepository(Database db) {
        this.db = db;
    }

    /**
     * The current values at the given periods of the given regions and every region under them,
     * of one indicator or (null) of all.
     */
    public List<Observation> current(Collection<Period> periods, Collection<String> rootCodes,
                                     String indicatorCodeOrNull) {
        if (periods.isEmpty() || rootCodes.isEmpty()) {
            return List.of();
        }
        String sql = CURRENT.formatted(marks(rootCodes.size()), marks(periods.size()),
                indicatorCodeOrNull == null ? "" : " AND o.indicator_code = ?");
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (String code : rootCodes) {
                    p.setString(i++, code);
                }
                for (Period period : periods) {
                    p.setInt(i++, period.index());
                }
                if (indicatorCodeOrNull != null) {
                    p.setString(i, indicatorCodeOrNull);
                }
                return read(p);
            }
        });
    }

    private static List<Observation> read(PreparedStatement p) throws java.sql.SQLException {
        List<Observation> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Observation(rs.getString(1), rs.getString(2), Period.fromIndex(rs.getInt(3)),
                        Rows.getDouble(rs, "value"), Rows.getDouble(rs, "numerator"),
                        Rows.getDouble(rs, "denominator"), "", rs.getInt(7), null));
            }
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
