package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.PlanRepository;

public final class SqlitePlanRepository implements PlanRepository {

    private static final String UPSERT_PLAN = """
            INSERT INTO plan (code, title_zh, title_en, number, issuer, region_code, issued, first_year,
                              last_year, retired, sort_order)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    coalesce((SELECT sort_order FROM plan WHERE code = ?),
                             (SELECT coalesce(max(sort_order), -1) + 1 FROM plan)))
            ON CONFLICT (code) DO UPDATE SET
                title_zh = excluded.title_zh, title_en = excluded.title_en, number = excluded.number,
                issuer = excluded.issuer, region_code = excluded.region_code, issued = excluded.issued,
                first_year = excluded.first_year, last_year = excluded.last_year,
                retired = excluded.retired""";

    private final Database db;

    public SqlitePlanRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Plan> plans() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT code, title_zh, title_en, number, issuer, region_code, issued, first_year,
                           last_year, retired
                    FROM plan ORDER BY sort_order""");
                 ResultSet rs = p.executeQuery()) {
                List<Plan> out = new ArrayList<>();
                while (rs.next()) {
                    String issued = rs.getString("issued");
                    out.add(new Plan(rs.getString("code"), rs.getString("title_zh"), rs.getString("title_en"),
                            rs.getString("number"), rs.getString("issuer"), rs.getString("region_code"),
                            issued == null ? null : LocalDate.parse(issued), Rows.getInt(rs, "first_year"),
                            Rows.getInt(rs, "last_year"), rs.getInt("retired") != 0));
                }
                return out;
            }
        });
    }

    @Override
    public void savePlan(Plan plan) {
        db.runInTransaction(c -> upsert(c, plan));
    }

    @Override
    public void deletePlan(String code) {
        db.runInTransaction(c -> {
            try (PreparedStatement targets = c.prepareStatement("DELETE FROM target WHERE doc = ?");
                 PreparedStatement plan = c.prepareStatement("DELETE FROM plan WHERE code = ?")) {
                targets.setString(1, code);
                targets.executeUpdate();
                plan.setString(1, code);
                plan.executeUpdate();
            }
        });
    }

    @Override
    public void replacePlans(List<Plan> plans) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM plan")) {
                p.executeUpdate();
            }
            for (Plan plan : plans) {
                upsert(c, plan);
            }
        });
    }

    @Override
    public Map<String, Boolean> monitorChoices() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT m.indicator_code, m.monitored FROM monitor_choice m
                    JOIN indicator i ON i.code = m.indicator_code ORDER BY i.sort_order""");
                 ResultSet rs = p.executeQuery()) {
                Map<String, Boolean> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2) != 0);
                }
                return out;
            }
        });
    }

    @Override
    public void chooseMonitored(String indicatorCode, Boolean monitored) {
        db.runInTransaction(c -> choose(c, indicatorCode, monitored));
    }

    @Override
    public void replaceMonitorChoices(Map<String, Boolean> choices) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM monitor_choice")) {
                p.executeUpdate();
            }
            for (Map.Entry<String, Boolean> choice : choices.entrySet()) {
                choose(c, choice.getKey(), choice.getValue());
            }
        });
    }

    private static void choose(Connection c, String indicatorCode, Boolean monitored) throws SQLException {
        if (monitored == null) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM monitor_choice WHERE indicator_code = ?")) {
                p.setString(1, indicatorCode);
                p.executeUpdate();
            }
            return;
        }
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO monitor_choice (indicator_code, monitored) VALUES (?, ?)
                ON CONFLICT (indicator_code) DO UPDATE SET monitored = excluded.monitored""")) {
            p.setString(1, indicatorCode);
            p.setInt(2, monitored ? 1 : 0);
            p.executeUpdate();
        }
    }

    private static void upsert(Connection c, Plan plan) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(UPSERT_PLAN)) {
            p.setString(1, plan.code());
            p.setString(2, plan.titleZh());
            p.setString(3, plan.titleEn());
            p.setString(4, plan.number());
            p.setString(5, plan.issuer());
            p.setString(6, plan.regionCode());
            Rows.setString(p, 7, plan.issued() == null ? null : plan.issued().toString());
            Rows.setInt(p, 8, plan.firstYear());
            Rows.setInt(p, 9, plan.lastYear());
            p.setInt(10, plan.retired() ? 1 : 0);
            p.setString(11, plan.code());
            p.executeUpdate();
        }
    }
}
