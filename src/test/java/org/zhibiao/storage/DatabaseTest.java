package org.zhibiao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newDatabaseHasTheLatestSchemaInWalModeWithForeignKeys() {
        Path file = dir.resolve("sub/folder/z.db");
        try (Database db = Database.open(file)) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat((int) db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                    return rs.getInt(1);
                }
            })).isEqualTo(Migrations.latestVersion());
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningDoesNotApplyMigrationsTwice() {
        Path file = dir.resolve("z.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertThat((int) db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM flyway_schema_history")) {
                    return rs.getInt(1);
                }
            })).isEqualTo(Migrations.VERSIONS.size());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("z.db"))) {
            SqliteSettingsRepository settings = new SqliteSettingsRepository(db);
            assertThatThrownBy(() -> db.runInTransaction(c -> {
                settings.put("a", "1");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(settings.get("a")).isEmpty();
        }
    }

    @Test
    void readOnlyDatabaseRefusesWritesAndLeavesTheFileUntouched() throws Exception {
        Path file = dir.resolve("z.db");
        try (Database db = Database.open(file)) {
            new SqliteSettingsRepository(db).put("home_region", "220000");
        }
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        try (Database db = Database.openReadOnly(file, false)) {
            assertThat(new SqliteSettingsRepository(db).get("home_region")).contains("220000");
            assertThatThrownBy(() -> new SqliteSettingsRepository(db).put("x", "y"))
                    .isInstanceOf(StorageException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void notADatabaseIsRefusedWithAMessageKeyAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "this is a text file, not a database, and it is long enough to have a header");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .extracting(e -> ((StorageException) e).messageKey()).isEqualTo("storage.error.foreign");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void backupIsAConsistentCopy() {
        Path copy = dir.resolve("copy.db");
        try (Database db = Database.open(dir.resolve("z.db"))) {
            new SqliteSettingsRepository(db).put("k", "v");
            db.backupTo(copy);
        }
        try (Database db = Database.openReadOnly(copy, false)) {
            assertThat(new SqliteSettingsRepository(db).get("k")).contains("v");
        }
    }

    @Test
    void aScriptMissingFromAnOlderDatabaseIsAppliedEvenWhenLaterOnesAreThere() {
        Path file = dir.resolve("z.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            db.runInTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) = 3");
                    s.executeUpdate("DROP INDEX observation_current_region_period");
                }
            });
        }
        try (Database db = Database.open(file)) {
            assertThat((int) db.<Integer>read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'observation_current_region_period'")) {
                    return rs.getInt(1);
                }
            })).isEqualTo(1);
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.getString(1);
            }
        });
    }
}
