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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbered SQL scripts ({@code Vnnn__what.sql}), each applied once, in number order, in a
 * transaction of its own; the numbers applied are recorded in {@code schema_version}.
 */
final class Migrations {

    static final List<String> SCRIPTS = List.of("V001__schema.sql", "V003__analysis_indexes.sql", "V004__plans.sql",
            "V005__definition_changes.sql", "V006__one_import_per_file.sql");

    /** The scripts that add indexes or constraints only: a database without them can still be read as it is. */
    private static final Set<String> INDEXES_ONLY = Set.of("V003__analysis_indexes.sql", "V006__one_import_per_file.sql");

    private final Database db;

    Migrations(Database db) {
        this.db = db;
    }

    static int latestVersion() {
        return SCRIPTS.stream().mapToInt(Migrations::number).max().orElse(0);
    }

    static int number(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /**
     * Applies the scripts this database lacks. An up-to-date database is only read, so opening it
     * never waits for another process's write; each missing script is applied in a write
     * transaction that checks again, so two processes opening an old database apply it once.
     */
    void apply() {
        Set<Integer> applied = db.read(Migrations::applied);
        if (applied.stream().anyMatch(v -> v > latestVersion())) {
            throw new StorageException("storage.error.newerSchema", null, db.file());
        }
        for (String script : SCRIPTS.stream().sorted(java.util.Comparator.comparingInt(Migrations::number)).toList()) {
            if (!applied.contains(number(script))) {
                applyScript(script);
            }
        }
    }

    private void applyScript(String script) {
        String sql = load(script);
        db.runInTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            if (applied(c).contains(number(script))) {
                return;
            }
            try (Statement s = c.createStatement()) {
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, number(script));
                p.setString(2, script);
                p.setString(3, Instant.now().toString());
                p.executeUpdate();
            }
        });
    }

    /**
     * A database opened read-only is not migrated: one made by this version, or by an earlier one
     * that lacks only indexes and constraints, is read as it is; one that lacks tables (plans,
     * definition changes) must be opened once for writing first; a newer one is refused.
     */
    void requireReadable() {
        Set<Integer> applied = db.read(Migrations::applied);
        if (applied.stream().anyMatch(v -> v > latestVersion())) {
            throw new StorageException("storage.error.newerSchema", null, db.file());
        }
        if (!applied.contains(number(SCRIPTS.get(0)))) {
            throw new StorageException("storage.error.schemaMismatch", null, db.file());
        }
        boolean lacksTables = SCRIPTS.stream().filter(script -> !INDEXES_ONLY.contains(script))
                .anyMatch(script -> !applied.contains(number(script)));
        if (lacksTables) {
            throw new StorageException("storage.error.olderSchema", null, db.file());
        }
    }

    private static Set<Integer> applied(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (tables.getInt(1) == 0) {
                return out;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
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
