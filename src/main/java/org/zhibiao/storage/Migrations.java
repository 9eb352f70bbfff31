package org.zhibiao.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Numbered SQL scripts, applied in order, each in a transaction, the version recorded. */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V001__schema.sql", "V003__analysis_indexes.sql");

    private final Database db;

    Migrations(Database db) {
        this.db = db;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    void apply() {
        int current = db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            return version(c);
        });
        if (current > latestVersion()) {
            throw new StorageException("storage.error.newerSchema", null, db.file());
        }
        for (int v = current + 1; v <= latestVersion(); v++) {
            String script = SCRIPTS.get(v - 1);
            String sql = load(script);
            int version = v;
            db.runInTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
            });
        }
    }

    void requireCurrent() {
        int version = db.read(Migrations::version);
        if (version != latestVersion()) {
            throw new StorageException("storage.error.schemaMismatch", null, db.file());
        }
    }

    private static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return rs.getInt(1);
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/org/zhibiao/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable migration " + script, e);
        }
    }

    /** Splits a script at semicolons that end a line; comments are dropped. */
    static List<String> statements(String sql) {
        String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "");
        return java.util.Arrays.stream(withoutComments.split(";\\s*(\\r?\\n|$)"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
