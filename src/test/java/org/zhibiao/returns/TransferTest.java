package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/**
 * {@code transfer} moves an office's database from a file to a server and back: every command
 * reads the same from all three, each table's rows and checksum are the same on both sides of
 * each move, the originals of the returns go along, and a target that is not empty or a copy that
 * does not verify leaves nothing.
 */
class TransferTest {

    private static final String PERIOD = "2017Q1";

    @TempDir
    static Path dir;

    private static Path office;
    private static Path returns;

    @BeforeAll
    static void anOfficeDatabaseWithImportsARevisionALockAndAMonitorChoice() throws IOException {
        Path templates = Returns.plainDatabase(dir);
        returns = dir.resolve("in");
        Files.createDirectories(returns);
        for (String region : List.of("220100", "220200")) {
            Returns.fill(Returns.template(templates, dir, region, PERIOD), Map.of("P07", Returns.fraction(90, 100),
                    "E08", Returns.value(3.5)), returns.resolve(region + ".xlsx"));
        }
        Returns.fill(Returns.template(templates, dir, "220100", "2016Q4"), Map.of("P07", Returns.fraction(77, 80)),
                returns.resolve("220100-2016Q4.xlsx"));
        Returns.fill(Returns.template(templates, dir, "220300", PERIOD), Map.of("P07", Returns.value("n/a")),
                returns.resolve("220300-wrong.xlsx"));
        office = dir.resolve("office/zhibiao.db");
        run(0, "init", "--db", office.toString(), "--demo");
        run(1, "import", "--db", office.toString(), "--user", "officer", returns.toString());
        run(0, "lock", "--db", office.toString(), "--period", "2016Q4");
        try (Workspace w = Workspace.open(office)) {
            w.plans().chooseMonitored("P01", false);
        }
    }

    @Test
    void aFileMovedToAServerAndBackReadsTheSameEverywhereWithTheSameChecksums() throws Exception {
        String server = TestPostgres.freshAddress();
        Path back = dir.resolve("back/zhibiao.db");

        CliRunner.Result there = run(0, "transfer", "--from", office.toString(), "--to", server, "--lang", "en");
        CliRunner.Result again = run(0, "transfer", "--from", server, "--to", back.toString(), "--lang", "en");

        assertThat(there.out()).contains("observation", "source_file", "file_issue", "period_lock", "monitor_choice",
                "original", "setting", "plan", "definition_change").doesNotContain("DIFFERENT");
        assertThat(again.out()).isEqualTo(there.out());
        assertThat(tableLine(there.out(), "original")).contains(" 3 ");
        assertThat(there.err()).contains("every table has the same rows and checksum");
        Map<String, String> onFile = seen(office.toString(), "file");
        assertThat(seen(server, "server")).isEqualTo(onFile);
        assertThat(seen(back.toString(), "back")).isEqualTo(onFile);
        assertThat(back.resolveSibling("returns")).doesNotExist();
        try (Workspace w = Workspace.openReadOnly(back)) {
            List<Observation> revisions = w.observations().revisions("P07", "220100", Period.parse("2016Q4"));
            Observation imported = revisions.stream().filter(o -> o.lineage().sha256().length() == 64).findFirst()
                    .orElseThrow();
            byte[] sent = read(returns.resolve("220100-2016Q4.xlsx"));
            assertThat(w.returns().original(imported.lineage().sha256())).hasValueSatisfying(bytes -> assertThat(bytes)
                    .isEqualTo(sent));
        }
    }

    @Test
    void aServerFilledByATransferGoesOnNumberingItsRows() throws Exception {
        String server = TestPostgres.freshAddress();
        run(0, "transfer", "--from", office.toString(), "--to", server);
        long batches = TestPostgres.number(server, "SELECT max(id) FROM import_batch");
        Path templates = Returns.plainDatabase(dir.resolve("later"));
        Path later = Returns.fill(Returns.template(templates, dir, "220300", PERIOD),
                Map.of("P07", Returns.fraction(80, 100)), dir.resolve("220300-later.xlsx"));

        CliRunner.Result imported = run(0, "import", "--db", server, "--lang", "en", later.toString());

        assertThat(imported.err()).contains("Batch " + (batches + 1));
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM original")).isEqualTo(4);
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndLeftAsItWas() throws Exception {
        String server = TestPostgres.freshAddress();
        run(0, "init", "--db", server);
        long regions = TestPostgres.number(server, "SELECT count(*) FROM region");
        Path existing = dir.resolve("existing.db");
        Files.copy(office, existing);
        byte[] before = read(existing);

        CliRunner.Result toServer = CliRunner.run("transfer", "--from", office.toString(), "--to", server, "--lang", "en");
        CliRunner.Result toFile = CliRunner.run("transfer", "--from", server, "--to", existing.toString(), "--lang", "en");

        assertThat(toServer.exitCode()).isEqualTo(3);
        assertThat(toServer.err()).contains("already holds data").contains(ServerAddress.parse(server).toString())
                .doesNotContain("Exception");
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM region")).isEqualTo(regions);
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM observation")).isZero();
        assertThat(toFile.exitCode()).isEqualTo(3);
        assertThat(toFile.err()).contains("already holds data").contains(existing.toString());
        assertThat(read(existing)).isEqualTo(before);
    }

    @Test
    void aCopyThatDoesNotVerifyLeavesNothingAndSaysWhichTableDiffers() throws Exception {
        String server = TestPostgres.freshAddress();
        try (Workspace empty = Workspace.openServer(ServerAddress.parse(server), false)) {
            assertThat(empty.regions().all()).isEmpty();
        }
        TestPostgres.execute(server, """
                CREATE FUNCTION garble() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.name := NEW.name || '?'; RETURN NEW; END $$""");
        TestPostgres.execute(server, "CREATE TRIGGER garble BEFORE INSERT ON region FOR EACH ROW EXECUTE FUNCTION garble()");

        CliRunner.Result moved = CliRunner.run("transfer", "--from", office.toString(), "--to", server, "--lang", "en");

        assertThat(moved.exitCode()).isEqualTo(3);
        assertThat(tableLine(moved.out(), "region")).contains("DIFFERENT");
        assertThat(tableLine(moved.out(), "observation")).contains("same");
        assertThat(moved.err()).contains("does not have the same rows as the source").doesNotContain("Exception");
        for (String table : List.of("region", "observation", "source_file", "original", "setting")) {
            assertThat(TestPostgres.number(server, "SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void aMissingArchiveCopyIsNamedAndTheRestIsCopied() throws Exception {
        Path db = dir.resolve("missing/zhibiao.db");
        Files.createDirectories(db.getParent());
        Files.copy(office, db);
        Path archive = office.resolveSibling("returns");
        Path kept = db.resolveSibling("returns");
        try (var files = Files.walk(archive)) {
            for (Path p : files.toList()) {
                Files.copy(p, kept.resolve(archive.relativize(p).toString()));
            }
        }
        Path gone;
        try (var files = Files.walk(kept.resolve("2016Q4"))) {
            gone = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.delete(gone);
        String server = TestPostgres.freshAddress();

        CliRunner.Result moved = CliRunner.run("transfer", "--from", db.toString(), "--to", server, "--lang", "en");

        assertThat(moved.exitCode()).isEqualTo(1);
        assertThat(moved.err()).contains(kept.getParent().relativize(gone).toString()).contains("missing or changed");
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM original")).isEqualTo(2);
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM observation")).isEqualTo(count(office, "observation"));
    }

    /** What a user reads from each command. */
    private static Map<String, String> seen(String db, String name) throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("status", run(0, "status", "--db", db, "--period", PERIOD, "--format", "csv").out());
        seen.put("status 2016Q4", run(0, "status", "--db", db, "--period", "2016Q4", "--format", "csv").out());
        seen.put("submissions", run(0, "submissions", "--db", db, "--period", PERIOD, "--format", "csv").out());
        Path csv = dir.resolve(name + ".csv");
        run(0, "export", "--db", db, "--format", "csv", "--out", csv.toString());
        seen.put("export", Files.readString(csv));
        Path pdf = dir.resolve(name + ".pdf");
        run(0, "report", "--db", db, "--period", PERIOD, "--lang", "en", "--out", pdf.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            seen.put("report", new PDFTextStripper().getText(document)
                    .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "TIME"));
        }
        return seen;
    }

    private static String tableLine(String out, String table) {
        return out.lines().filter(l -> l.startsWith(table + " ")).findFirst().orElseThrow();
    }

    private static CliRunner.Result run(int expected, String... args) {
        CliRunner.Result result = CliRunner.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isEqualTo(expected);
        return result;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static long count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
