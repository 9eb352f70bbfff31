package org.zhibiao.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.zhibiao.domain.SettingsRepository;

public final class SqliteSettingsRepository implements SettingsRepository {

    private final Database db;

    public SqliteSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        db.runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                p.setString(1, key);
                p.setString(2, value);
                p.executeUpdate();
            }
        });
    }
}
