package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The schema's numbered SQL scripts ({@code Vnnn__what.sql}), applied by Flyway, each once, in a
 * transaction of its own, recorded in Flyway's {@code flyway_schema_history}. The scripts are the
 * same for SQLite and PostgreSQL ({@code db/common}) except where their SQL differs
 * ({@code db/sqlite}, {@code db/postgresql}). A database made by
 * an earlier release kept its own history in {@code schema_version}: on its first open for
 * writing, Flyway's history starts with a baseline at the newest version it names, and the old
 * table goes.
 */
final class Migrations {

    static final String HISTORY = "flyway_schema_history";
    static final String LEGACY_HISTORY = "schema_version";
    /** Where a store's scripts are. */
    enum Dialect {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String folder;

        Dialect(String folder) {
            this.folder = folder;
        }

        String[] locations() {
            return new String[] {"classpath:org/zhibiao/db/common", "classpath:org/zhibiao/db/" + folder};
        }
    }

    /** The versions of the scripts of either dialect. */
    static final List<Integer> VERSIONS = List.of(1, 3, 4, 5, 6);

    /** The scripts that add indexes or constraints only: a database without them can still be read as it is. */
    private static final Set<Integer> INDEXES_ONLY = Set.of(3, 6);

    private final Database db;

    Migrations(Database db) {
        this.db = db;
    }

    static int latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    /**
     * Applies the scripts this database lacks. An up-to-date database is only read, so opening it
     * never waits for another process's write; Flyway's transactions begin with
     * {@code BEGIN IMMEDIATE} and read the history inside them, so two processes opening an old
     * database apply each script once.
     */
    void apply() {
        Set<Integer> applied = db.read(Migrations::applied);
        requireNotNewer(applied);
        boolean legacy = db.read(c -> hasTable(c, LEGACY_HISTORY) && !hasTable(c, HISTORY));
        if (!legacy && applied.containsAll(VERSIONS)) {
            return;
        }
        SQLiteConfig immediate = Database.config(false);
        immediate.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(immediate);
        source.setUrl("jdbc:sqlite:" + db.file().toAbsolutePath());
        FluentConfiguration flyway = configure(source, Dialect.SQLITE);
        if (legacy) {
            Set<Integer> before = new TreeSet<>(db.read(Migrations::legacyVersions));
            flyway.baselineOnMigrate(true)
                    .baselineVersion(String.valueOf(before.stream().mapToInt(Integer::intValue).max().orElse(0)))
                    .baselineDescription(LEGACY_HISTORY + " " + before.stream().map(String::valueOf)
                            .collect(Collectors.joining(",")));
        }
        try {
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new StorageException("storage.error.migrate", e, db.file());
        }
        if (legacy) {
            db.runInTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE IF EXISTS " + LEGACY_HISTORY);
                }
            });
        }
    }

    /**
     * Flyway over a database of the dialect: a script missing between applied ones (a database
     * that lost an index) is applied too.
     */
    static FluentConfiguration configure(DataSource source, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(source)
                .locations(dialect.locations())
                .outOfOrder(true);
    }

    /**
     * A database opened read-only is not migrated: one made by this version, or by an earlier one
     * that lacks only indexes and constraints, is read as it is; one that lacks tables (plans,
     * definition changes) must be opened once for writing first; a newer one is refused.
     */
    void requireReadable() {
        Set<Integer> applied = db.read(Migrations::applied);
        requireNotNewer(applied);
        if (!applied.contains(VERSIONS.get(0))) {
            throw new StorageException("storage.error.schemaMismatch", null, db.file());
        }
        boolean lacksTables = VERSIONS.stream().filter(v -> !INDEXES_ONLY.contains(v)).anyMatch(v -> !applied.contains(v));
        if (lacksTables) {
            throw new StorageException("storage.error.olderSchema", null, db.file());
        }
    }

    private void requireNotNewer(Set<Integer> applied) {
        if (applied.stream().anyMatch(v -> v > latestVersion())) {
            throw new StorageException("storage.error.newerSchema", null, db.file());
        }
    }

    /**
     * The script versions a database has, from Flyway's history (a baseline stands for every
     * script up to it) or, in a database of an earlier release, from its own.
     */
    static Set<Integer> applied(Connection c) throws SQLException {
        if (!hasTable(c, HISTORY)) {
            return hasTable(c, LEGACY_HISTORY) ? legacyVersions(c) : Set.of();
        }
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version, type FROM " + HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                int version = Integer.parseInt(rs.getString(1));
                if ("BASELINE".equals(rs.getString(2))) {
                    VERSIONS.stream().filter(v -> v <= version).forEach(out::add);
                } else {
                    out.add(version);
                }
            }
        }
        return out;
    }

    private static Set<Integer> legacyVersions(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + LEGACY_HISTORY)) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        try (var p = c.prepareStatement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.getInt(1) > 0;
            }
        }
    }
}
