package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * Two officers (or the app and a script) importing into one database at the same time: every file
 * is stored exactly once, each process's summary tells the truth, reads beside an import work.
 */
class ConcurrentImportTest {

    private static final List<String> REGIONS = List.of("220100", "220200", "220300", "220400", "220500",
            "220600");

    @TempDir
    Path dir;

    @Test
    void threeProcessesImportingTheSameFolderStoreEveryFileOnce() throws Exception {
        Path db = Returns.database(dir);
        Path folder = returns(db);
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(ChildProcess.start(dir, "import" + i, "import", "--db", db.toString(), "--lang", "en",
                    folder.toString()));
        }
        int imported = 0;
        int skipped = 0;
        for (int i = 0; i < children.size(); i++) {
            Process child = children.get(i);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String out = Files.readString(dir.resolve("import" + i + ".log"));
            assertThat(child.exitValue()).as(out).isZero();
            imported += count(out, "imported  ");
            skipped += count(out, "skipped (same file already imported)  ");
            assertThat(out).contains("Batch").doesNotContain("Exception").doesNotContain("not imported");
        }
        assertThat(imported).as("each file imported by exactly one process").isEqualTo(REGIONS.size());
        assertThat(skipped).isEqualTo(2 * REGIONS.size());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(single(c, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(single(c, "SELECT count(*) FROM source_file WHERE state = 'imported'")).isEqualTo("6");
            assertThat(single(c, "SELECT count(DISTINCT sha256) FROM source_file WHERE state = 'imported'"))
                    .isEqualTo("6");
            assertThat(single(c, "SELECT max(revision) FROM source_file")).isEqualTo("1");
            assertThat(single(c, "SELECT count(*) FROM observation")).isEqualTo(String.valueOf(2 * REGIONS.size()));
        }
        try (var archived = Files.list(dir.resolve("returns/2015Q3"))) {
            assertThat(archived.map(p -> p.getFileName().toString()))
                    .hasSize(REGIONS.size()).allMatch(name -> name.endsWith(".xlsx"));
        }
    }

    @Test
    void anImportBesideAReaderInALoopStoresEveryFile() throws Exception {
        Path db = Returns.database(dir);
        Path folder = returns(db);
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<Integer> readExits = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (importing.get()) {
                readExits.add(CliRunner.run("regions", "--db", db.toString(), "--format", "csv").exitCode());
                reads.incrementAndGet();
            }
        });
        reader.start();
        Process child = ChildProcess.start(dir, "import", "import", "--db", db.toString(), "--lang", "en",
                folder.toString());
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        importing.set(false);
        reader.join();
        String out = Files.readString(dir.resolve("import.log"));
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(count(out, "imported  ")).isEqualTo(REGIONS.size());
        assertThat(reads.get()).isPositive();
        assertThat(readExits).containsOnly(0);
    }

    private Path returns(Path db) throws Exception {
        Path folder = dir.resolve("in");
        for (String region : REGIONS) {
            Path template = Returns.template(db, dir, region, "2015Q3");
            Returns.fill(template, Map.of("P01", Returns.fraction(90, 100),
                    "E08", Returns.value(2 + REGIONS.indexOf(region))), folder.resolve(region + ".xlsx"));
        }
        return folder;
    }

    private static int count(String text, String prefix) {
        return (int) text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    private static String single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getString(1);
        }
    }
}
