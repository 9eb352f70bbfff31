package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The same commands on a database file and on a database on a PostgreSQL server give the same
 * output: init with the demo history, an import of returns (new values and a revision), status,
 * export and the report.
 */
class TwoStoresCliTest {

    private static final String PERIOD = "2017Q1";

    @TempDir
    static Path dir;

    private static Path returns;

    @BeforeAll
    static void writeReturns() throws IOException {
        Path templates = Returns.plainDatabase(dir);
        returns = dir.resolve("in");
        Files.createDirectories(returns);
        List<String> regions = List.of("220100", "220200", "220300");
        for (String region : regions) {
            Returns.fill(Returns.template(templates, dir, region, PERIOD), Map.of("P07", Returns.fraction(
                    90 + regions.indexOf(region), 100), "E08", Returns.value(3.5)), returns.resolve(region + ".xlsx"));
        }
        Returns.fill(Returns.template(templates, dir, "220100", "2016Q4"), Map.of("P07", Returns.fraction(77, 80)),
                returns.resolve("220100-2016Q4.xlsx"));
    }

    @Test
    void initImportStatusExportAndReportGiveTheSameOutputOnAFileAndOnAServer() throws Exception {
        Map<String, String> onFile = session(dir.resolve("office.db").toString(), "file");
        Map<String, String> onServer = session(TestPostgres.freshAddress(), "server");
        assertThat(onFile.get("import")).contains("4 imported, 0 rejected").contains("revision 2");
        assertThat(onFile.get("status")).contains("P07");
        assertThat(onFile.get("export")).contains("220100-2016Q4.xlsx");
        assertThat(onFile.get("report")).contains("2017");
        assertThat(onServer.keySet()).containsExactlyElementsOf(onFile.keySet());
        onFile.forEach((command, output) -> assertThat(onServer.get(command).lines()).as(command)
                .containsExactlyElementsOf(output.lines().toList()));
    }

    @Test
    void initOnAServerDatabaseThatHoldsDataIsRefusedWithAMessage() throws Exception {
        String server = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
        CliRunner.Result again = CliRunner.run("init", "--db", server, "--lang", "en");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains(ServerAddress.parse(server).toString()).doesNotContain("Exception");
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndOneFromTheEnvironmentIsNeverWrittenDown() throws Exception {
        String server = TestPostgres.freshAddress();
        CliRunner.Result inAddress = CliRunner.run("init", "--db", server + "&password=hunter2", "--lang", "en");
        assertThat(inAddress.exitCode()).isEqualTo(2);
        assertThat(inAddress.err()).contains("PGPASSWORD").doesNotContain("hunter2");

        String secret = "pw-" + System.nanoTime();
        Path home = dir.resolve("home-" + secret.hashCode());
        String missing = server.replaceFirst("/zhibiao_\\d+", "/no_such_database");
        for (String[] command : List.of(new String[] {"init", "--db", server},
                new String[] {"import", "--db", server, returns.toString()},
                new String[] {"status", "--db", missing, "--period", PERIOD})) {
            ProcessBuilder builder = new ProcessBuilder(withJava(home, command)).redirectErrorStream(true)
                    .redirectOutput(home.resolveSibling(home.getFileName() + ".out").toFile());
            builder.environment().put("PGPASSWORD", secret);
            Process child = builder.start();
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        }
        String output = Files.readString(home.resolveSibling(home.getFileName() + ".out"));
        String log = Files.readString(home.resolve("zhibiao.log"));
        assertThat(log).contains("no_such_database");
        assertThat(output + log).doesNotContain(secret);
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(server).jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT key || '=' || value FROM setting")) {
            List<String> settings = new ArrayList<>();
            while (rs.next()) {
                settings.add(rs.getString(1));
            }
            assertThat(settings).isNotEmpty().noneMatch(setting -> setting.contains(secret));
        }
    }

    /** What a user sees from each command, by command. */
    private static Map<String, String> session(String db, String name) throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("init", run("init", "--db", db, "--demo", "--lang", "en").err()
                .replaceFirst("Created \\S+:", "Created DB:").replaceFirst("(?m)^Roles: .*\\R", ""));
        CliRunner.Result imported = run("import", "--db", db, "--lang", "en", "--user", "tester", returns.toString());
        seen.put("import", (imported.out() + imported.err()).replaceAll("Batch \\d+", "Batch N"));
        seen.put("status", run("status", "--db", db, "--period", PERIOD, "--format", "csv").out());
        Path csv = dir.resolve(name + ".csv");
        run("export", "--db", db, "--format", "csv", "--out", csv.toString());
        seen.put("export", Files.readString(csv).replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "TIME"));
        Path pdf = dir.resolve(name + ".pdf");
        run("report", "--db", db, "--period", PERIOD, "--lang", "en", "--out", pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            seen.put("report", new PDFTextStripper().getText(document).replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "TIME"));
        }
        return seen;
    }

    private static CliRunner.Result run(String... args) {
        CliRunner.Result result = CliRunner.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isIn(0, 1);
        return result;
    }

    private static List<String> withJava(Path home, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBin(), "-cp",
                System.getProperty("java.class.path"), "-Dzhibiao.home=" + home, "org.zhibiao.Launcher"));
        command.addAll(List.of(arguments));
        return command;
    }
}
