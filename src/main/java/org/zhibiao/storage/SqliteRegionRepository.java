package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;
import org.zhibiao.domain.RegionRepository;

public final class SqliteRegionRepository implements RegionRepository {

    private static final String COLUMNS = "SELECT code, name, level, parent_code FROM region ";

    private final Database db;

    public SqliteRegionRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Region> all() {
        return query(COLUMNS + "ORDER BY sort_order", null);
    }

    @Override
    public Optional<Region> find(String code) {
        return query(COLUMNS + "WHERE code = ?", code).stream().findFirst();
    }

    @Override
    public List<Region> children(String parentCode) {
        return query(COLUMNS + "WHERE parent_code = ? ORDER BY sort_order", parentCode);
    }

    @Override
    public Optional<Region> home() {
        return query(COLUMNS + "WHERE parent_code IS NULL ORDER BY sort_order LIMIT 1", null).stream().findFirst();
    }

    @Override
    public void replaceAll(List<Region> regions) {
        db.runInTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM region");
            }
            insert(c, regions);
        });
    }

    private static void insert(Connection c, List<Region> regions) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO region (code, name, level, parent_code, sort_order) VALUES (?, ?, ?, ?, ?)")) {
            int order = 0;
            for (Region r : regions) {
                p.setString(1, r.code());
                p.setString(2, r.name());
                p.setString(3, r.level().code());
                Rows.setString(p, 4, r.parentCode());
                p.setInt(5, order++);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private List<Region> query(String sql, String parameter) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (parameter != null) {
                    p.setString(1, parameter);
                }
                try (ResultSet rs = p.executeQuery()) {
                    List<Region> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Region(rs.getString(1), rs.getString(2),
                                RegionLevel.fromCode(rs.getString(3)), rs.getString(4)));
                    }
                    return out;
                }
            }
        });
    }
}
