package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.domain.Lineage;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;

/** Reads current values with their lineage, and stores new revisions. */
public final class SqliteObservationRepository implements ObservationRepository {

    private static final String SELECT = """
            SELECT o.indicator_code, o.region_code, o.period, o.value, o.numerator, o.denominator,
                   o.note, o.revision, o.batch_id, coalesce(f.file_name, b.kind) AS source_file,
                   coalesce(f.sha256, '') AS sha256, o.sheet, o.cell, o.imported_at, o.imported_by
            FROM observation o
            JOIN import_batch b ON b.id = o.batch_id
            LEFT JOIN source_file f ON f.id = o.file_id
            WHERE o.current = 1""";
    private static final String REVISIONS = """
            SELECT o.indicator_code, o.region_code, o.period, o.value, o.numerator, o.denominator,
                   o.note, o.revision, o.batch_id, coalesce(f.file_name, b.kind) AS source_file,
                   coalesce(f.sha256, '') AS sha256, o.sheet, o.cell, o.imported_at, o.imported_by
            FROM observation o
            JOIN import_batch b ON b.id = o.batch_id
            LEFT JOIN source_file f ON f.id = o.file_id
            WHERE o.indicator_code = ? AND o.region_code = ? AND o.period = ?
            ORDER BY o.current DESC, o.revision DESC""";
    /**
     * The quarters that hold a current value: for each indicator, its first quarter and then the
     * next one after each, every step one seek in the current values' index by indicator and
     * period, so the cost grows with indicators × quarters, not with the values (a scan of the
     * values took 1.3 s on the country-wide database of 3.9 million values, this takes 6 ms).
     */
    private static final String PERIODS = """
            WITH RECURSIVE seen(code, period) AS (
                SELECT i.code, (SELECT MIN(o.period) FROM observation o
                                WHERE o.current = 1 AND o.indicator_code = i.code)
                FROM indicator i
                UNION ALL
                SELECT s.code, (SELECT MIN(o.period) FROM observation o
                                WHERE o.current = 1 AND o.indicator_code = s.code AND o.period > s.period)
                FROM seen s WHERE s.period IS NOT NULL)
            SELECT DISTINCT period FROM seen WHERE period IS NOT NULL ORDER BY period""";
    private static final String ORDER = " ORDER BY o.period, o.region_code, o.indicator_code";
    private static final String UNDER = " " + """
            AND o.region_code IN (
                WITH RECURSIVE sub(code) AS (
                    SELECT ? UNION ALL SELECT r.code FROM region r JOIN sub ON r.parent_code = sub.code)
                SELECT code FROM sub)""";

    /** Read straight from the covering index {@code observation_current_region_period}. */
    private static final String VALUES = """
            SELECT indicator_code, region_code, value, numerator, denominator, revision
            FROM observation
            WHERE current = 1 AND period = ? AND region_code""";
    private static final String OF_REGION = " = ?";
    private static final String OF_REGION_AND_CHILDREN =
            " IN (SELECT ? UNION ALL SELECT code FROM region WHERE parent_code = ?)";

    private final Database db;

    public SqliteObservationRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Observation> atPeriod(Period period) {
        return query(SELECT + " AND o.period = ?" + ORDER, period.index());
    }

    @Override
    public List<Observation> series(String indicatorCode, String regionCode) {
        return query(SELECT + " AND o.indicator_code = ? AND o.region_code = ? ORDER BY o.period",
                indicatorCode, regionCode);
    }

    @Override
    public List<Observation> find(Period period, String regionCode) {
        List<Observation> out = new ArrayList<>();
        forEach(period, regionCode, out::add);
        return out;
    }

    @Override
    public long forEach(Period period, String regionCode, Consumer<Observation> each) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>();
        if (period != null) {
            sql.append(" AND o.period = ?");
            parameters.add(period.index());
        }
        if (regionCode != null) {
            sql.append(UNDER);
            parameters.add(regionCode);
        }
        return query(sql + ORDER, each, parameters.toArray());
    }

    @Override
    public List<Observation> values(Period period, String regionCode, boolean children) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(VALUES + (children ? OF_REGION_AND_CHILDREN : OF_REGION))) {
                p.setInt(1, period.index());
                p.setString(2, regionCode);
                if (children) {
                    p.setString(3, regionCode);
                }
                List<Observation> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Observation(rs.getString(1), rs.getString(2), period, Rows.getDouble(rs, 3),
                                Rows.getDouble(rs, 4), Rows.getDouble(rs, 5), null, rs.getInt(6), null));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Observation> revisions(String indicatorCode, String regionCode, Period period) {
        return query(REVISIONS, indicatorCode, regionCode, period.index());
    }

    @Override
    public List<Period> periods() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(PERIODS);
                 ResultSet rs = p.executeQuery()) {
                List<Period> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Period.fromIndex(rs.getInt(1)));
                }
                return out;
            }
        });
    }

    /** Opens an import batch inside the caller's transaction and returns its id. */
    public static long newBatch(Connection c, String kind, String user, Instant at, String note) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO import_batch (kind, started_at, user_name, note) VALUES (?, ?, ?, ?)")) {
            p.setString(1, kind);
            p.setString(2, at.toString());
            p.setString(3, user);
            p.setString(4, note);
            p.executeUpdate();
        }
        return lastId(c);
    }

    /**
     * Stores values as the new current revision of their keys (the previous current revision
     * stays as history), inside the caller's transaction; each key at most once. Two statements
     * per region and period, whatever the number of values: one retires the current revisions and
     * returns their numbers, one batch inserts the new ones (on a server, a round trip each).
     */
    public static void storeRevisions(Connection c, List<Observation> values, long batchId, Long fileId,
                                      Instant at, String user) throws SQLException {
        Map<List<Object>, List<Observation>> byReturn = new LinkedHashMap<>();
        for (Observation o : values) {
            byReturn.computeIfAbsent(List.of(o.regionCode(), o.period()), k -> new ArrayList<>()).add(o);
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO observation (indicator_code, region_code, period, value, numerator,
                    denominator, note, revision, current, batch_id, file_id, sheet, cell,
                    imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)""")) {
            for (List<Observation> same : byReturn.values()) {
                Map<String, Integer> previous = retireCurrent(c, same);
                for (Observation o : same) {
                    bind(insert, o, previous.getOrDefault(o.indicatorCode(), 0) + 1, batchId, fileId, at, user);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Marks the current revisions of one region and period's values as history; their revision by indicator. */
    private static Map<String, Integer> retireCurrent(Connection c, List<Observation> same) throws SQLException {
        String codes = String.join(", ", Collections.nCopies(same.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("""
                UPDATE observation SET current = 0
                WHERE region_code = ? AND period = ? AND current = 1 AND indicator_code IN (%s)
                RETURNING indicator_code, revision""".formatted(codes))) {
            p.setString(1, same.get(0).regionCode());
            p.setInt(2, same.get(0).period().index());
            for (int i = 0; i < same.size(); i++) {
                p.setString(i + 3, same.get(i).indicatorCode());
            }
            Map<String, Integer> revisions = new HashMap<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    revisions.put(rs.getString(1), rs.getInt(2));
                }
            }
            return revisions;
        }
    }

    /** Bulk insert of first revisions into keys that hold nothing yet (the demo generator). */
    public static void insertFirstRevisions(Connection c, List<Observation> values, long batchId,
                                            Instant at, String user) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO observation (indicator_code, region_code, period, value, numerator,
                    denominator, note, revision, current, batch_id, file_id, sheet, cell,
                    imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)""")) {
            for (Observation o : values) {
                bind(insert, o, 1, batchId, null, at, user);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement p, Observation o, int revision, long batchId, Long fileId,
                             Instant at, String user) throws SQLException {
        p.setString(1, o.indicatorCode());
        p.setString(2, o.regionCode());
        p.setInt(3, o.period().index());
        Rows.setDouble(p, 4, o.value());
        Rows.setDouble(p, 5, o.numerator());
        Rows.setDouble(p, 6, o.denominator());
        p.setString(7, o.note() == null ? "" : o.note());
        p.setInt(8, revision);
        p.setLong(9, batchId);
        if (fileId == null) {
            p.setNull(10, java.sql.Types.INTEGER);
        } else {
            p.setLong(10, fileId);
        }
        p.setString(11, o.lineage() == null ? "" : o.lineage().sheet());
        p.setString(12, o.lineage() == null ? "" : o.lineage().cell());
        p.setString(13, at.toString());
        p.setString(14, user);
    }

    static long lastId(Connection c) throws SQLException {
        String last = Rows.onServer(c) ? "SELECT lastval()" : "SELECT last_insert_rowid()";
        try (PreparedStatement p = c.prepareStatement(last);
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Observation> query(String sql, Object... parameters) {
        List<Observation> out = new ArrayList<>();
        query(sql, out::add, parameters);
        return out;
    }

    private long query(String sql, Consumer<Observation> each, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    p.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        each.accept(observation(rs));
                        n++;
                    }
                    return n;
                }
            }
        });
    }

    private static Observation observation(ResultSet rs) throws SQLException {
        Lineage lineage = new Lineage(rs.getLong("batch_id"), rs.getString("source_file"), rs.getString("sha256"),
                rs.getString("sheet"), rs.getString("cell"), Instant.parse(rs.getString("imported_at")),
                rs.getString("imported_by"));
        return new Observation(rs.getString("indicator_code"), rs.getString("region_code"),
                Period.fromIndex(rs.getInt("period")), Rows.getDouble(rs, "value"),
                Rows.getDouble(rs, "numerator"), Rows.getDouble(rs, "denominator"), rs.getString("note"),
                rs.getInt("revision"), lineage);
    }
}
