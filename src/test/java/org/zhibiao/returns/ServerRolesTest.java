package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/**
 * {@code init} on a server creates a writer and a reader role with least privilege: a login of the
 * reader role reads everything and changes nothing; a login of the writer role imports but can
 * neither drop nor create a table.
 */
class ServerRolesTest {

    private static final String PERIOD = "2017Q1";

    @TempDir
    static Path dir;

    private static Path returns;

    @BeforeAll
    static void writeReturns() throws IOException {
        Path templates = Returns.plainDatabase(dir);
        returns = dir.resolve("in");
        Files.createDirectories(returns);
        Returns.fill(Returns.template(templates, dir, "220100", PERIOD), Map.of("P07", Returns.fraction(91, 100)),
                returns.resolve("220100.xlsx"));
    }

    @Test
    void aReaderReadsEverythingAndIsRefusedEveryChangeWithNothingWritten() throws Exception {
        String admin = TestPostgres.freshAddress();
        String database = ServerAddress.parse(admin).database();
        CliRunner.Result init = CliRunner.run("init", "--db", admin, "--demo", "--lang", "en");
        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).contains(database + "_writer").contains(database + "_reader");
        String reader = login(admin, "bob_" + database, database + "_reader");

        String[] status = {"status", "--period", "2016Q4", "--format", "csv"};
        CliRunner.Result asReader = CliRunner.run(with(status, reader));
        assertThat(asReader.exitCode()).as(asReader.err()).isZero();
        assertThat(asReader.out()).contains("P07").isEqualTo(CliRunner.run(with(status, admin)).out());
        for (String db : List.of(admin, reader)) {
            Path csv = dir.resolve(database + (db.equals(admin) ? "-admin" : "-reader") + ".csv");
            assertThat(CliRunner.run("export", "--db", db, "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        }
        assertThat(dir.resolve(database + "-reader.csv")).hasSameTextualContentAs(dir.resolve(database + "-admin.csv"));
        Path pdf = dir.resolve(database + ".pdf");
        assertThat(CliRunner.run("report", "--db", reader, "--period", "2016Q4", "--out", pdf.toString()).exitCode())
                .isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("2016");
        }

        long before = rows(admin);
        for (String[] change : List.of(new String[] {"import", returns.toString()},
                new String[] {"lock", "--period", "2016Q4"}, new String[] {"init"},
                new String[] {"undo-import", "--batch", "1"})) {
            for (String lang : List.of("en", "zh")) {
                CliRunner.Result refused = CliRunner.run(with(change, reader, "--lang", lang));
                assertThat(refused.exitCode()).as(change[0]).isEqualTo(3);
                assertThat(refused.err()).as(change[0]).contains("bob_" + database)
                        .contains(ServerAddress.parse(admin).toString())
                        .contains(lang.equals("en") ? "may only read" : "只有读取权限").doesNotContain("Exception");
            }
        }
        assertThat(rows(admin)).isEqualTo(before);
    }

    @Test
    void aWriterImportsAndLocksButCanNeitherDropNorCreateATable() throws Exception {
        String admin = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", admin, "--writer-role", "officers", "--reader-role", "supervisors")
                .exitCode()).isZero();
        String database = ServerAddress.parse(admin).database();
        String writer = login(admin, "alice_" + database, "officers");
        long before = rows(admin);

        CliRunner.Result imported = CliRunner.run("import", "--db", writer, "--lang", "en", returns.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).contains("1 imported, 0 rejected");
        assertThat(rows(admin)).isGreaterThan(before);
        assertThat(CliRunner.run("lock", "--db", writer, "--period", PERIOD).exitCode()).isZero();

        try (Connection c = DriverManager.getConnection(ServerAddress.parse(writer).jdbcUrl());
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DROP TABLE observation")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("owner");
            assertThatThrownBy(() -> s.execute("CREATE TABLE elsewhere (x INTEGER)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("DELETE FROM flyway_schema_history"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(rows(admin)).isGreaterThan(before);
    }

    @Test
    void roleNamesThatAreNotIdentifiersAndRolesOnAFileAreUsageErrors() throws Exception {
        String admin = TestPostgres.freshAddress();
        CliRunner.Result bad = CliRunner.run("init", "--db", admin, "--writer-role", "x; DROP", "--lang", "en");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("x; DROP").contains("not valid");
        CliRunner.Result onFile = CliRunner.run("init", "--db", dir.resolve("roles.db").toString(),
                "--reader-role", "readers", "--lang", "en");
        assertThat(onFile.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("roles.db")).doesNotExist();
    }

    @Test
    void aPasswordTheServerAsksForComesFromPgpasswordOrTheConsoleAndWithoutEitherTheMessageSaysWhere() throws Exception {
        String admin = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", admin).exitCode()).isZero();
        String database = ServerAddress.parse(admin).database();
        String secret = "pw-" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(admin).jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE carol_" + database + " LOGIN PASSWORD '" + secret + "' IN ROLE " + database
                    + "_writer, " + TestPostgres.PASSWORD_LOGINS);
        }
        String carol = admin.replace("user=postgres", "user=carol_" + database);

        Child none = child(null, "regions", "--db", carol, "--lang", "en");
        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.output()).contains("asks for a password").contains("PGPASSWORD").contains("~/.pgpass")
                .contains(ServerAddress.parse(admin).toString()).doesNotContain("Exception");
        Child wrong = child("wrong-" + secret, "regions", "--db", carol, "--lang", "zh");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.output()).contains("拒绝了该用户名或密码").doesNotContain(secret);
        Child right = child(secret, "regions", "--db", carol);
        assertThat(right.exitCode()).as(right.output()).isZero();
        assertThat(right.output()).contains("220000").doesNotContain(secret);
    }

    private record Child(int exitCode, String output) {
    }

    /** The command in a process of its own without a console, PGPASSWORD set to {@code password} or unset, no ~/.pgpass. */
    private static Child child(String password, String... arguments) throws Exception {
        Path home = Files.createTempDirectory(dir, "home");
        Path output = home.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + home, "-Dzhibiao.home=" + home, "org.zhibiao.Launcher"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(home.resolve("empty")).toFile()));
        builder.environment().remove("PGPASSWORD");
        builder.environment().remove("PGPASSFILE");
        builder.environment().put("HOME", home.toString());
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Child(process.exitValue(), Files.readString(output));
    }

    /** A new login that is a member of {@code role}, as an administrator makes one; its address. */
    private static String login(String admin, String name, String role) throws SQLException {
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(admin).jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + name + " LOGIN IN ROLE " + role);
        }
        return admin.replace("user=postgres", "user=" + name);
    }

    /** Every row of the tables a change writes to. */
    private static long rows(String admin) throws SQLException {
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(admin).jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM import_batch)"
                     + " + (SELECT count(*) FROM period_lock) + (SELECT count(*) FROM region)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String[] with(String[] command, String db, String... more) {
        List<String> args = new ArrayList<>(List.of(command[0], "--db", db));
        args.addAll(List.of(command).subList(1, command.length));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
