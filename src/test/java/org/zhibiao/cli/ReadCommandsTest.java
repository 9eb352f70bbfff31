package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Status;
import org.zhibiao.app.Workspace;
import org.zhibiao.returns.Returns;

/**
 * Read commands read what is committed, also while it is still in the WAL, and never change the
 * database or snapshot they read: not its bytes, not its modification time, not its journal mode.
 */
class ReadCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aReportPrintedWhileValuesAreInTheWalHasThemAll() throws Exception {
        Path db = Returns.database(dir);
        Path other = Returns.fill(Returns.template(db, dir, "220200", "2015Q3"), Map.of("E08", Returns.value(3)),
                dir.resolve("jilin.xlsx"));
        Path changchun = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"),
                Map.of("P01", Returns.fraction(90, 100), "E08", Returns.value(2)), dir.resolve("changchun.xlsx"));
        assertThat(Returns.importFiles(db, other).exitCode()).isZero();
        Path wal = dir.resolve("z.db-wal");
        String inWal;
        String exportInWal;
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            reader.createStatement().executeQuery("SELECT count(*) FROM region").close();
            assertThat(Returns.importFiles(db, changchun).exitCode()).isZero();
            assertThat(Files.size(wal)).as("the import's values are still in the WAL").isPositive();
            inWal = reportText("in-wal.pdf", db);
            exportInWal = String.join("\n", Returns.export(db, dir, "in-wal"));
            reader.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(Files.exists(wal) ? Files.size(wal) : 0).as("everything checkpointed into the file").isZero();
        assertThat(exportInWal).contains("220100,长春市,2015Q3,P01");
        assertThat(noData(inWal)).isLessThan(64);
        assertThat(inWal).isEqualTo(reportText("checkpointed.pdf", db));
    }

    @Test
    void readCommandsLeaveASnapshotAndALiveDatabaseAsTheyWere() throws Exception {
        Path db = Returns.database(dir);
        Path file = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), Map.of("E08", Returns.value(2)),
                dir.resolve("a.xlsx"));
        assertThat(Returns.importFiles(db, file).exitCode()).isZero();
        Path snapshot;
        try (Workspace w = Workspace.open(db)) {
            snapshot = w.snapshots().export(dir.resolve("copy.zbs"), null);
        }
        for (Path read : List.of(snapshot, db)) {
            String before = md5(read);
            FileTime modified = Files.getLastModifiedTime(read);
            byte journal = Files.readAllBytes(read)[18];
            for (String[] command : readCommands()) {
                List<String> args = new ArrayList<>(List.of(command[0], "--db", read.toString()));
                args.addAll(List.of(command).subList(1, command.length));
                CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as(args + ": " + r.err()).isZero();
                assertThat(md5(read)).as(String.join(" ", args)).isEqualTo(before);
                assertThat(Files.getLastModifiedTime(read)).isEqualTo(modified);
                assertThat(Files.readAllBytes(read)[18]).as("journal mode").isEqualTo(journal);
            }
        }
        assertThat(dir.resolve("copy.zbs-wal")).doesNotExist();
        assertThat(dir.resolve("copy.zbs-shm")).doesNotExist();
    }

    @Test
    void aDatabaseWithoutThePlanTablesIsRefusedUntouchedByAReadCommand() throws Exception {
        Path db = dir.resolve("old.db");
        try (InputStream in = getClass().getResourceAsStream("/org/zhibiao/storage/schema-v3.db")) {
            Files.copy(in, db);
        }
        String before = md5(db);
        CliRunner.Result r = CliRunner.run("status", "--db", db.toString(), "--period", "2015Q4", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("earlier version").doesNotContain("Exception");
        assertThat(md5(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseOfTheEarlierVersionIsReadAsItIs() throws Exception {
        Path db = Returns.database(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("DROP INDEX source_file_imported_once");
            c.createStatement().execute("DELETE FROM flyway_schema_history WHERE CAST(version AS INTEGER) = 6");
        }
        String before = md5(db);
        CliRunner.Result r = CliRunner.run("regions", "--db", db.toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("220000,吉林省,province,");
        assertThat(md5(db)).isEqualTo(before);
    }

    private String[][] readCommands() {
        return new String[][] {
            {"regions", "--format", "csv"},
            {"status", "--period", "2015Q3", "--region", "220100", "--format", "csv"},
            {"export", "--format", "csv", "--out", dir.resolve("e.csv").toString()},
            {"submissions", "--period", "2015Q3"},
            {"report", "--period", "2015Q3", "--out", dir.resolve("r.pdf").toString()},
            {"chart", "--type", "gap", "--period", "2015Q3", "--out", dir.resolve("g.svg").toString()},
            {"backup", "--out", dir.resolve("b.db").toString()},
        };
    }

    private String reportText(String name, Path db) throws Exception {
        Path pdf = dir.resolve(name);
        CliRunner.Result r = CliRunner.run("report", "--db", db.toString(), "--lang", "en", "--period", "2015Q3",
                "--region", "220100", "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The count of indicators without data in the report's overview. */
    private static int noData(String text) {
        Matcher m = Pattern.compile(Pattern.quote(Status.NO_DATA.symbol()) + " no data\\s+(\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String md5(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("MD5");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
