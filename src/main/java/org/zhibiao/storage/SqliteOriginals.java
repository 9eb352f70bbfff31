package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.zhibiao.domain.Originals;

/** The table {@code original}: the bytes of returns by SHA-256, on either store. */
public final class SqliteOriginals implements Originals {

    static final String TABLE = "original";

    private final Database db;

    public SqliteOriginals(Database db) {
        this.db = db;
    }

    @Override
    public boolean keepsImportedOriginals() {
        return db.server() != null;
    }

    /** Keeps the bytes under their SHA-256, unless they are kept already, in the transaction of {@code c}. */
    static void insert(Connection c, String sha256, byte[] content) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO original (sha256, size_bytes, content) VALUES (?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING""")) {
            p.setString(1, sha256);
            p.setLong(2, content.length);
            p.setBytes(3, content);
            p.executeUpdate();
        }
    }

    /** Nothing in a database of a release without the table (read as it is, never migrated). */
    @Override
    public Optional<byte[]> find(String sha256) {
        return db.read(c -> {
            if (!Migrations.hasTable(c, TABLE)) {
                return Optional.empty();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT content FROM original WHERE sha256 = ?")) {
                p.setString(1, sha256);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }
}
