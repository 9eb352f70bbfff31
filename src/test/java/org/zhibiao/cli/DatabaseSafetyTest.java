package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.returns.Returns;

/** Files given as --db that must not be written to, and outputs that must not harm the database. */
class DatabaseSafetyTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefusedByEveryCommandButInit() throws Exception {
        Path db = Files.createFile(dir.resolve("empty.db"));
        for (String[] command : new String[][] {{"regions"}, {"lock", "--period", "2015Q3"},
            {"import", dir.toString()}}) {
            CliRunner.Result r = run(command, db);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("empty.db is empty, not a database").doesNotContain("Exception");
            assertThat(Files.size(db)).isZero();
        }
        assertThat(CliRunner.run("init", "--db", db.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("regions", "--db", db.toString(), "--format", "csv").out())
                .contains("220000,吉林省,province,");
    }

    @Test
    void anotherProgramsDatabaseIsNeitherAdoptedNorChanged() throws Exception {
        Path db = dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("CREATE TABLE note (text TEXT)");
            c.createStatement().execute("INSERT INTO note VALUES ('keep me')");
        }
        byte[] before = Files.readAllBytes(db);
        for (String[] command : new String[][] {{"lock", "--period", "2015Q3"}, {"regions"}, {"init"}}) {
            CliRunner.Result r = run(command, db);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).containsAnyOf("is not a Zhibiao database", "already exists and holds data");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aDamagedDatabaseIsNeverWrittenTo() throws Exception {
        Path db = Returns.database(dir);
        Path file = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), Map.of("E08", Returns.value(2)),
                dir.resolve("a.xlsx"));
        damage(db, "region");
        byte[] before = Files.readAllBytes(db);
        for (String[] command : new String[][] {{"import", file.toString()}, {"lock", "--period", "2015Q3"},
            {"undo-import", "--batch", "1"}}) {
            CliRunner.Result r = run(command, db);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("is damaged (SQLite's check of it failed)").contains("backup")
                    .contains("returns")
                    .doesNotContain("Exception");
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
        }
        assertThat(dir.resolve("returns")).doesNotExist();
    }

    @Test
    void backupRefusesToWriteOverTheDatabaseItself() throws Exception {
        Path db = Returns.database(dir);
        byte[] before = Files.readAllBytes(db);
        CliRunner.Result r = run(new String[] {"backup", "--out", dir.resolve("./z.db").toString()}, db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot be written over the database itself");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aFailedBackupLeavesTheEarlierCopyWhole() throws Exception {
        Path db = Returns.database(dir);
        Path copy = dir.resolve("copy.db");
        assertThat(run(new String[] {"backup", "--out", copy.toString()}, db).exitCode()).isZero();
        byte[] earlier = Files.readAllBytes(copy);
        Path blocked = dir.resolve("copy.db." + ProcessHandle.current().pid() + ".copy");
        Files.createDirectories(blocked.resolve("in-the-way"));
        CliRunner.Result r = run(new String[] {"backup", "--out", copy.toString()}, db);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(copy)).isEqualTo(earlier);
    }

    @Test
    void anUnknownRegionGivenAsAnOptionIsAUsageErrorAndWritesNothing() {
        Path db = Returns.database(dir);
        String[][] commands = {
            {"export", "--period", "2015Q3", "--region", "229999", "--format", "csv", "--out", "out.csv"},
            {"chart", "--type", "gap", "--period", "2015Q3", "--region", "229999", "--out", "out.svg"},
            {"report", "--period", "2015Q3", "--region", "229999", "--out", "out.pdf"},
            {"template", "--period", "2015Q3", "--region", "229999", "--out", "out"},
            {"submissions", "--period", "2015Q3", "--under", "229999"},
            {"regions", "--under", "229999"},
            {"status", "--period", "2015Q3", "--region", "229999"},
        };
        for (String[] command : commands) {
            for (int i = 0; i < command.length; i++) {
                command[i] = command[i].startsWith("out") ? dir.resolve(command[i]).toString() : command[i];
            }
            CliRunner.Result r = run(command, db);
            assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("Region 229999 is not in this database");
        }
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("out"));
    }

    @Test
    void aPeriodOutsideTheCalendarIsAUsageErrorWithoutJavaText() {
        Path db = Returns.database(dir);
        CliRunner.Result r = run(new String[] {"status", "--period", "1800Q1"}, db);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("1800Q1").doesNotContain("Exception").doesNotContain("java.");
    }

    private static CliRunner.Result run(String[] command, Path db) {
        List<String> args = new ArrayList<>(List.of(command[0], "--db", db.toString(), "--lang=en"));
        args.addAll(List.of(command).subList(1, command.length));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** Breaks the first page of a table the way a failing disk would: its page type byte. */
    private static void damage(Path db, String table) throws Exception {
        int root;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = '"
                             + table + "'")) {
            root = rs.getInt(1);
            pageSize = rs.getInt(2);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (root - 1) * pageSize);
            f.write(0x07);
        }
    }
}
