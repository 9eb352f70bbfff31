package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.zhibiao.domain.AnalysisRepository;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;
import org.zhibiao.domain.Target;

/**
 * What the analysis reads, in a few queries per screen: the part of the region tree and the
 * targets around the regions shown, and the current values of some periods for whole region
 * subtrees, without lineage (observations come back with a null lineage).
 */
public final class SqliteAnalysisRepository implements AnalysisRepository {

    private static final String CURRENT = """
            WITH RECURSIVE sub(code) AS (
                SELECT code FROM region WHERE code IN (%s)
                UNION ALL
                SELECT r.code FROM region r JOIN sub ON r.parent_code = sub.code)
            SELECT o.indicator_code, o.region_code, o.period, o.value, o.numerator, o.denominator, o.revision
            FROM sub CROSS JOIN observation o
            WHERE o.region_code = sub.code AND o.current = 1 AND o.period IN (%s)%s""";

    private static final String AROUND = """
            WITH RECURSIVE
                up(code, parent) AS (
                    SELECT code, parent_code FROM region WHERE code IN (%1$s)
                    UNION
                    SELECT r.code, r.parent_code FROM region r JOIN up ON r.code = up.parent),
                down(code) AS (
                    SELECT code FROM region WHERE code IN (%1$s)
                    UNION ALL
                    SELECT r.code FROM region r JOIN down ON r.parent_code = down.code),
                around(code) AS (SELECT code FROM up UNION SELECT code FROM down)
            """;
    private static final String REGIONS = AROUND + """
            SELECT code, name, level, parent_code FROM region
            WHERE code IN (SELECT code FROM around) ORDER BY sort_order""";
    private static final String TARGETS = AROUND + """
            SELECT indicator_code, region_code, region_name, target_year, comparator, target_value,
                   target_max, base_period, base_value, cumulative, target_type, doc, lead_departments,
                   note, demo
            FROM target
            WHERE region_code IN (SELECT code FROM around)
              AND doc NOT IN (SELECT code FROM plan WHERE retired = 1)
            ORDER BY sort_order""";

    private final Database db;

    public SqliteAnalysisRepository(Database db) {
        this.db = db;
    }

    /**
     * The current values at the given periods of the given regions and every region under them,
     * of one indicator or (null) of all.
     */
    @Override
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

    /**
     * The given regions, every region above them and every region under them, parents first:
     * the part of the tree their status reads.
     */
    @Override
    public List<Region> regionsAround(Collection<String> codes) {
        return around(REGIONS, codes, rs -> new Region(rs.getString(1), rs.getString(2),
                RegionLevel.fromCode(rs.getString(3)), rs.getString(4)));
    }

    /** The targets of the regions of {@link #regionsAround}, in catalogue order. */
    @Override
    public List<Target> targetsAround(Collection<String> codes) {
        return around(TARGETS, codes, SqliteCatalogueRepository::target);
    }

    /** Runs one of the AROUND queries, whose two lists (up and down) both hold the codes. */
    private <T> List<T> around(String sql, Collection<String> codes, RowMapper<T> mapper) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql.formatted(marks(codes.size())))) {
                int i = 1;
                for (int list = 0; list < 2; list++) {
                    for (String code : codes) {
                        p.setString(i++, code);
                    }
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
                return out;
            }
        });
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static List<Observation> read(PreparedStatement p) throws SQLException {
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
