package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;

public final class SqliteCatalogueRepository implements CatalogueRepository {

    private static final String INDICATOR_COLUMNS = """
            SELECT code, name_zh, name_en, category, unit, kind, measure, factor, numerator_zh,
                   denominator_zh, direction, frequency, decimals, note, jump_threshold
            FROM indicator""";
    private static final String TARGET_COLUMNS = """
            SELECT indicator_code, region_code, region_name, target_year, comparator, target_value,
                   target_max, base_period, base_value, cumulative, target_type, doc, lead_departments,
                   note, demo
            FROM target""";
    private static final String UPSERT_INDICATOR = """
            INSERT INTO indicator (code, name_zh, name_en, category, unit, kind, measure, factor,
                                   numerator_zh, denominator_zh, direction, frequency, decimals, note,
                                   jump_threshold, sort_order)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    coalesce((SELECT sort_order FROM indicator WHERE code = ?),
                             (SELECT coalesce(max(sort_order), -1) + 1 FROM indicator)))
            ON CONFLICT (code) DO UPDATE SET
                name_zh = excluded.name_zh, name_en = excluded.name_en, category = excluded.category,
                unit = excluded.unit, kind = excluded.kind, measure = excluded.measure,
                factor = excluded.factor, numerator_zh = excluded.numerator_zh,
                denominator_zh = excluded.denominator_zh, direction = excluded.direction,
                frequency = excluded.frequency, decimals = excluded.decimals, note = excluded.note,
                jump_threshold = excluded.jump_threshold""";
    private static final String UPSERT_TARGET = """
            INSERT INTO target (indicator_code, region_code, region_name, target_year, comparator,
                                target_value, target_max, base_period, base_value, cumulative,
                                target_type, doc, lead_departments, note, demo, sort_order)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    coalesce((SELECT sort_order FROM target
                              WHERE indicator_code = ? AND region_code = ? AND target_year = ?),
                             (SELECT coalesce(max(sort_order), -1) + 1 FROM target)))
            ON CONFLICT (indicator_code, region_code, target_year) DO UPDATE SET
                region_name = excluded.region_name, comparator = excluded.comparator,
                target_value = excluded.target_value, target_max = excluded.target_max,
                base_period = excluded.base_period, base_value = excluded.base_value,
                cumulative = excluded.cumulative, target_type = excluded.target_type,
                doc = excluded.doc, lead_departments = excluded.lead_departments,
                note = excluded.note, demo = excluded.demo""";

    private final Database db;

    public SqliteCatalogueRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Indicator> indicators() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(INDICATOR_COLUMNS + " ORDER BY sort_order");
                 ResultSet rs = p.executeQuery()) {
                List<Indicator> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(indicator(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(INDICATOR_COLUMNS + " WHERE code = ?")) {
                p.setString(1, code);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(indicator(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Target> targets() {
        return targetQuery(TARGET_COLUMNS + " ORDER BY sort_order", null);
    }

    @Override
    public List<Target> targetsOf(String indicatorCode) {
        return targetQuery(TARGET_COLUMNS + " WHERE indicator_code = ? ORDER BY sort_order", indicatorCode);
    }

    @Override
    public void saveIndicator(Indicator indicator) {
        db.runInTransaction(c -> upsertIndicator(c, indicator));
    }

    @Override
    public void saveTarget(Target target) {
        db.runInTransaction(c -> upsertTarget(c, target));
    }

    @Override
    public void deleteTarget(Target.Key key) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM target WHERE indicator_code = ? AND region_code = ? AND target_year = ?")) {
                p.setString(1, key.indicatorCode());
                p.setString(2, key.regionCode());
                p.setInt(3, key.targetYear());
                p.executeUpdate();
            }
        });
    }

    @Override
    public void replaceAll(List<Indicator> indicators, List<Target> targets) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM target")) {
                p.executeUpdate();
            }
            Set<String> kept = new HashSet<>();
            for (Indicator indicator : indicators) {
                kept.add(indicator.code());
            }
            try (PreparedStatement all = c.prepareStatement("SELECT code FROM indicator");
                 ResultSet rs = all.executeQuery();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM indicator WHERE code = ?")) {
                while (rs.next()) {
                    if (!kept.contains(rs.getString(1))) {
                        delete.setString(1, rs.getString(1));
                        delete.addBatch();
                    }
                }
                delete.executeBatch();
            }
            try (PreparedStatement order = c.prepareStatement("UPDATE indicator SET sort_order = sort_order + 100000")) {
                order.executeUpdate();
            }
            for (Indicator indicator : indicators) {
                upsertIndicator(c, indicator);
            }
            renumber(c, indicators);
            for (Target target : targets) {
                upsertTarget(c, target);
            }
        });
    }

    private static void renumber(Connection c, List<Indicator> indicators) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE indicator SET sort_order = ? WHERE code = ?")) {
            for (int i = 0; i < indicators.size(); i++) {
                p.setInt(1, i);
                p.setString(2, indicators.get(i).code());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void upsertIndicator(Connection c, Indicator i) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPSERT_INDICATOR)) {
            p.setString(1, i.code());
            p.setString(2, i.nameZh());
            p.setString(3, i.nameEn());
            p.setString(4, i.category().name());
            p.setString(5, i.unit());
            p.setString(6, i.kind().code());
            Rows.setString(p, 7, i.measure() == null ? null : i.measure().code());
            Rows.setDouble(p, 8, i.factor());
            p.setString(9, i.numeratorZh());
            p.setString(10, i.denominatorZh());
            p.setString(11, i.direction().code());
            p.setString(12, i.frequency().code());
            p.setInt(13, i.decimals());
            p.setString(14, i.note());
            Rows.setDouble(p, 15, i.jumpThreshold());
            p.setString(16, i.code());
            p.executeUpdate();
        }
    }

    private static void upsertTarget(Connection c, Target t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPSERT_TARGET)) {
            p.setString(1, t.indicatorCode());
            p.setString(2, t.regionCode());
            p.setString(3, t.regionName());
            p.setInt(4, t.targetYear());
            p.setString(5, t.comparator().code());
            p.setDouble(6, t.value());
            Rows.setDouble(p, 7, t.valueMax());
            Rows.setInt(p, 8, t.basePeriod() == null ? null : t.basePeriod().index());
            Rows.setDouble(p, 9, t.baseValue());
            p.setInt(10, t.cumulative() ? 1 : 0);
            p.setString(11, t.type().code());
            p.setString(12, t.doc());
            p.setString(13, t.leadDepartments());
            p.setString(14, t.note());
            p.setInt(15, t.demo() ? 1 : 0);
            p.setString(16, t.indicatorCode());
            p.setString(17, t.regionCode());
            p.setInt(18, t.targetYear());
            p.executeUpdate();
        }
    }

    private List<Target> targetQuery(String sql, String parameter) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (parameter != null) {
                    p.setString(1, parameter);
                }
                try (ResultSet rs = p.executeQuery()) {
                    List<Target> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(target(rs));
                    }
                    return out;
                }
            }
        });
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        return new Indicator(
                rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                Category.valueOf(rs.getString("category")), rs.getString("unit"),
                IndicatorKind.fromCode(rs.getString("kind")), Measure.fromCode(rs.getString("measure")),
                Rows.getDouble(rs, "factor"), rs.getString("numerator_zh"), rs.getString("denominator_zh"),
                Direction.fromCode(rs.getString("direction")), Frequency.fromCode(rs.getString("frequency")),
                rs.getInt("decimals"), rs.getString("note"), Rows.getDouble(rs, "jump_threshold"));
    }

    static Target target(ResultSet rs) throws SQLException {
        Integer base = Rows.getInt(rs, "base_period");
        return new Target(
                rs.getString("indicator_code"), rs.getString("region_code"), rs.getString("region_name"),
                rs.getInt("target_year"), Comparator.fromCode(rs.getString("comparator")),
                rs.getDouble("target_value"), Rows.getDouble(rs, "target_max"),
                base == null ? null : Period.fromIndex(base), Rows.getDouble(rs, "base_value"),
                rs.getInt("cumulative") != 0, TargetType.fromCode(rs.getString("target_type")),
                rs.getString("doc"), rs.getString("lead_departments"), rs.getString("note"),
                rs.getInt("demo") != 0);
    }
}
