package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * Files the database cannot take are each reported as not imported, with the reason; the others
 * are stored, and the summary counts both truly (exit 3, not "nothing was changed").
 */
class ImportFailureTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseArchiveCopyCannotBeWrittenIsNotStoredAndTheOthersAre() throws Exception {
        Path db = Returns.database(dir);
        Path q3 = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), Map.of("E08", Returns.value(2)),
                dir.resolve("in/a-2015Q3.xlsx"));
        Path q4 = Returns.fill(Returns.template(db, dir, "220100", "2015Q4"), Map.of("E08", Returns.value(3)),
                dir.resolve("in/b-2015Q4.xlsx"));
        Files.createDirectories(dir.resolve("returns"));
        Files.writeString(dir.resolve("returns/2015Q3"), "a file where the archive needs a folder");

        CliRunner.Result r = Returns.importFiles(db, q3, q4);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).contains("not imported  a-2015Q3.xlsx").contains("imported  b-2015Q4.xlsx")
                .contains("Could not copy the return into the archive");
        assertThat(r.err()).contains("1 imported, 0 rejected, 0 skipped, 1 not imported")
                .doesNotContain("nothing was changed");
        assertThat(exported(db)).anyMatch(l -> l.startsWith("220100,长春市,2015Q4,E08,3,"))
                .noneMatch(l -> l.contains(",2015Q3,"));
    }

    @Test
    void whileAnotherProgramHoldsTheDatabaseTooLongEachFileIsReportedNotImported() throws Exception {
        Path db = Returns.database(dir);
        Path a = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), Map.of("E08", Returns.value(2)),
                dir.resolve("in/a.xlsx"));
        Path b = Returns.fill(Returns.template(db, dir, "220200", "2015Q3"), Map.of("E08", Returns.value(3)),
                dir.resolve("in/b.xlsx"));
        String out;
        Process child;
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = writer.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN IMMEDIATE");
            child = ChildProcess.start(dir, "busy", List.of("-Dzhibiao.busyTimeoutMillis=200"), "import", "--db",
                    db.toString(), "--lang", "en", dir.resolve("in").toString());
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            s.execute("ROLLBACK");
        }
        out = Files.readString(dir.resolve("busy.log"));
        assertThat(child.exitValue()).as(out).isEqualTo(3);
        assertThat(out).contains("not imported  a.xlsx", "not imported  b.xlsx")
                .contains("stayed busy with another program's changes")
                .contains("0 imported, 0 rejected, 0 skipped, 2 not imported").doesNotContain("Exception");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM source_file")) {
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(dir.resolve("returns/2015Q3")).isEmptyDirectory();
        CliRunner.Result again = Returns.importFiles(db, a, b);
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.err()).contains("2 imported");
    }

    private List<String> exported(Path db) throws Exception {
        return Returns.export(db, dir, "export");
    }
}
