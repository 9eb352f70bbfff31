package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export hands rows from the database to the file one at a time: far more rows than the heap could hold. */
class ExportStreamingTest {

    private static final int PERIODS = 40;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowsExportWithA32MegabyteHeap() throws Exception {
        Path db = dir.resolve("many.db");
        assertThat(CliRunner.run("init", "--db", db.toString()).exitCode()).isZero();
        long rows;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO import_batch (id, kind, started_at, user_name) "
                    + "VALUES (1, 'import', '2020-01-01T00:00:00Z', 'bulk')");
            rows = s.executeUpdate("""
                    WITH RECURSIVE p(n) AS (SELECT 8000 UNION ALL SELECT n + 1 FROM p WHERE n < 8000 + %d - 1)
                    INSERT INTO observation (indicator_code, region_code, period, value, note, revision, batch_id,
                                             sheet, cell, imported_at, imported_by)
                    SELECT i.code, r.code, p.n, p.n * 0.5, 'a note of some length to make the rows wider', 1, 1,
                           '指标报表', 'E7', '2020-01-01T00:00:00Z', 'bulk'
                    FROM indicator i, region r, p""".formatted(PERIODS));
        }
        assertThat(rows).isGreaterThan(200_000);
        Path csv = dir.resolve("all.csv");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), "-Dzhibiao.home=" + dir.resolve("home"),
                "org.zhibiao.Launcher", "export", "--db", db.toString(), "--format", "csv", "--out", csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        long lines;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            lines = in.lines().count();
        }
        assertThat(lines).isEqualTo(rows + 1);
    }
}
