package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.DefinitionChangeRepository;
import org.zhibiao.domain.Period;

public final class SqliteDefinitionChanges implements DefinitionChangeRepository {

    private final Database db;

    public SqliteDefinitionChanges(Database db) {
        this.db = db;
    }

    @Override
    public List<DefinitionChange> definitionChanges() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT d.indicator_code, d.from_period, d.old_definition, d.new_definition, d.comparable
                    FROM definition_change d JOIN indicator i ON i.code = d.indicator_code
                    ORDER BY i.sort_order, d.from_period""");
                 ResultSet rs = p.executeQuery()) {
                List<DefinitionChange> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DefinitionChange(rs.getString(1), Period.fromIndex(rs.getInt(2)), rs.getString(3),
                            rs.getString(4), rs.getInt(5) != 0));
                }
                return out;
            }
        });
    }

    @Override
    public void replaceDefinitionChanges(List<DefinitionChange> changes) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM definition_change")) {
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO definition_change (indicator_code, from_period, old_definition, new_definition,
                                                   comparable)
                    VALUES (?, ?, ?, ?, ?)""")) {
                for (DefinitionChange d : changes) {
                    p.setString(1, d.indicatorCode());
                    p.setInt(2, d.from().index());
                    p.setString(3, d.oldDefinition());
                    p.setString(4, d.newDefinition());
                    p.setInt(5, d.comparable() ? 1 : 0);
                    p.addBatch();
                }
                p.executeBatch();
            }
        });
    }
}
