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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/**
 * Several officers importing into one database on a PostgreSQL server at once: four processes
 * with 150 returns each, overlapping on purpose (the same files, and other revisions of the same
 * region and period), store every file exactly once, keep one current value per region, indicator
 * and period, and leave the status a sequential run leaves. A period locked while an import runs
 * takes no more of its returns; an import the server keeps aborting is retried, then reported.
 */
class ServerConcurrencyTest {

    private static final List<String> PERIODS = List.of("2016Q1", "2016Q2");
    private static final int PROCESSES = 4;
    private static final int RETURNS_EACH = 150;

    @TempDir
    static Path dir;

    private static Path templates;
    /** The returns in the order one officer imports them: every region and period's first return before its correction. */
    private static List<Path> returns;

    @BeforeAll
    static void writeReturns() throws IOException {
        templates = Returns.plainDatabase(dir);
        try (Workspace w = Workspace.open(templates)) {
            List.of("P01", "E08").forEach(code -> w.plans().chooseMonitored(code, true));
        }
        List<String> regions = CliRunner.run("regions", "--db", templates.toString(), "--format", "csv").out()
                .lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).filter(c -> !c.equals("220000")).toList();
        Path in = dir.resolve("in");
        returns = new ArrayList<>();
        int k = 0;
        for (String period : PERIODS) {
            Path blank = dir.resolve("blank-" + period);
            List<String> args = new ArrayList<>(List.of("template", "--db", templates.toString(), "--period", period,
                    "--out", blank.toString(), "--region"));
            args.addAll(regions.subList(0, Math.min(regions.size(), RETURNS_EACH - returns.size())));
            CliRunner.Result written = CliRunner.run(args.toArray(String[]::new));
            assertThat(written.exitCode()).as(written.err()).isZero();
            for (String template : written.out().lines().toList()) {
                if (returns.size() >= RETURNS_EACH) {
                    break;
                }
                returns.addAll(returnsOf(Path.of(template), k++, in));
            }
        }
        returns = returns.subList(0, RETURNS_EACH);
    }

    /**
     * A region and period's returns: the first one, a correction of it by the same office (every
     * other one) and a return of other indicators from another office (every third one).
     */
    private static List<Path> returnsOf(Path template, int k, Path in) throws IOException {
        String name = String.format("%03d-", k) + template.getFileName().toString().replace(".xlsx", "");
        List<Path> out = new ArrayList<>();
        out.add(Returns.fill(template, Map.of("P07", Returns.fraction(80 + k % 17, 100), "E08",
                Returns.value(2 + k % 5)), in.resolve(name + "-a.xlsx")));
        if (k % 3 == 0) {
            out.add(Returns.fill(template, Map.of("P01", Returns.fraction(60 + k % 31, 100)),
                    in.resolve(name + "-b.xlsx")));
        }
        if (k % 2 == 0) {
            out.add(Returns.fill(template, Map.of("P07", Returns.fraction(90 + k % 7, 100), "E08",
                    Returns.value(2 + k % 5)), in.resolve(name + "-c.xlsx")));
        }
        return out;
    }

    @Test
    void fourProcessesImportingOverlappingReturnsStoreEachOnceAndLeaveTheStatusOfASequentialRun() throws Exception {
        String server = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            folders.add(folder("officer" + i, i % 2 == 0 ? returns : reversedKeepingCorrectionsLast()));
        }
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            children.add(ChildProcess.start(dir, "officer" + i, "import", "--db", server, "--lang", "en",
                    folders.get(i).toString()));
        }
        int imported = 0;
        for (int i = 0; i < PROCESSES; i++) {
            Process child = children.get(i);
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
            String out = Files.readString(dir.resolve("officer" + i + ".log"));
            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).doesNotContain("Exception").doesNotContain("not imported");
            assertThat(out.lines().filter(l -> l.startsWith("imported  ") || l.startsWith("skipped ")))
                    .hasSize(RETURNS_EACH);
            imported += (int) out.lines().filter(l -> l.startsWith("imported  ")).count();
        }
        assertThat(imported).as("each file imported by exactly one process").isEqualTo(RETURNS_EACH);
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(server).jdbcUrl())) {
            assertThat(number(c, "SELECT count(*) FROM source_file WHERE state = 'imported'")).isEqualTo(RETURNS_EACH);
            assertThat(number(c, "SELECT count(DISTINCT sha256) FROM source_file WHERE state = 'imported'"))
                    .isEqualTo(RETURNS_EACH);
            assertThat(number(c, """
                    SELECT count(*) FROM (SELECT region_code, period FROM source_file WHERE state = 'imported'
                        GROUP BY region_code, period
                        HAVING count(DISTINCT revision) <> count(*) OR max(revision) <> count(*)) AS t""")
            ).as("the revisions of a region and period numbered 1, 2, … without a gap or a repeat").isZero();
            assertThat(number(c, """
                    SELECT count(*) FROM (SELECT indicator_code, region_code, period FROM observation
                        GROUP BY indicator_code, region_code, period
                        HAVING sum(current) <> 1 OR max(revision) <> max(CASE WHEN current = 1 THEN revision END)
                            OR count(DISTINCT revision) <> count(*)) AS t""")
            ).as("one current value per region, indicator and period, its newest revision").isZero();
        }

        Path sequential = dir.resolve("sequential.db");
        assertThat(CliRunner.run("init", "--db", sequential.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("import", "--db", sequential.toString(), folders.get(0).toString()).exitCode())
                .as("the other officers' folders hold the same files, which a sequential run skips").isZero();
        for (String period : PERIODS) {
            assertThat(status(server, period)).isEqualTo(status(sequential.toString(), period)).contains("P07");
        }
    }

    /**
     * On a server the lock's write waits in the queue behind the return being stored and ahead of
     * the next one. (On a database file, the import's back-to-back write transactions can keep a
     * lock waiting until the import ends, or past the busy timeout with its "try again" message.)
     */
    @Test
    void aPeriodLockedWhileAnImportRunsTakesNoMoreOfItsReturnsOnAServer() throws Exception {
        String server = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
        Path folder = folder("quarter", returns.stream().filter(f -> f.toString().contains(PERIODS.get(0)))
                .filter(f -> f.toString().endsWith("-a.xlsx")).limit(6).toList());
        lockDuringImport(server, ServerAddress.parse(server).jdbcUrl(), folder);
    }

    private static void lockDuringImport(String db, String jdbcUrl, Path folder) throws Exception {
        Process child = ChildProcess.start(dir, "slow", List.of("-Dzhibiao.import.pauseBetweenValuesMillis=1500"),
                "import", "--db", db, "--lang", "en", folder.toString());
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            while (number(c, "SELECT count(*) FROM source_file") == 0 && child.isAlive()) {
                Thread.sleep(50);
            }
            CliRunner.Result lock = CliRunner.run("lock", "--db", db, "--period", PERIODS.get(0));
            assertThat(lock.exitCode()).as(lock.err()).isZero();
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
            String out = Files.readString(dir.resolve("slow.log"));
            long imported = out.lines().filter(l -> l.startsWith("imported  ")).count();
            assertThat(child.exitValue()).as(out).isEqualTo(1);
            assertThat(imported).as(out).isBetween(1L, 5L);
            assertThat(out.lines().filter(l -> l.startsWith("rejected  "))).hasSize(6 - (int) imported);
            assertThat(out).contains("The period " + PERIODS.get(0) + " is locked");
            assertThat(number(c, "SELECT count(*) FROM source_file WHERE state = 'imported'")).isEqualTo(imported);
            assertThat(number(c, "SELECT count(*) FROM observation")).isEqualTo(2 * imported);
        }
    }

    @Test
    void aFileTheServerKeepsAbortingIsTriedAgainThenReportedAsNotImported() throws Exception {
        String server = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(server).jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE tries");
            s.execute(abortingTrigger("nextval('tries') % 4 <> 0"));
            s.execute("CREATE TRIGGER aborting BEFORE INSERT ON source_file FOR EACH ROW EXECUTE FUNCTION abort()");
            CliRunner.Result third = CliRunner.run("import", "--db", server, "--lang", "en",
                    returns.get(0).toString());
            assertThat(third.exitCode()).as(third.err()).isZero();
            assertThat(third.out()).contains("imported  " + returns.get(0).getFileName());
            assertThat(number(c, "SELECT last_value FROM tries")).as("aborted three times, stored the fourth")
                    .isEqualTo(4);

            s.execute(abortingTrigger("true"));
            CliRunner.Result never = CliRunner.run("import", "--db", server, "--lang", "en",
                    returns.get(1).toString());
            assertThat(never.exitCode()).isEqualTo(3);
            assertThat(never.out()).contains("not imported  " + returns.get(1).getFileName())
                    .contains("kept aborting this change").doesNotContain("Exception");
            assertThat(number(c, "SELECT count(*) FROM source_file")).isEqualTo(1);
            assertThat(number(c, "SELECT count(*) FROM observation")).isEqualTo(2);
        }
    }

    /** A trigger function that aborts the insert as a serialization failure while {@code condition} holds. */
    private static String abortingTrigger(String condition) {
        return """
                CREATE OR REPLACE FUNCTION abort() RETURNS trigger AS $$
                BEGIN
                    IF %s THEN
                        RAISE EXCEPTION 'another transaction got there first' USING ERRCODE = 'serialization_failure';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(condition);
    }

    /** The returns backwards by region and period, each region and period's correction still after its first return. */
    private static List<Path> reversedKeepingCorrectionsLast() {
        List<List<Path>> byKey = new ArrayList<>();
        String key = "";
        for (Path f : returns) {
            String k = f.getFileName().toString().substring(0, 3);
            if (!k.equals(key)) {
                byKey.add(new ArrayList<>());
                key = k;
            }
            byKey.get(byKey.size() - 1).add(f);
        }
        Collections.reverse(byKey);
        return byKey.stream().flatMap(List::stream).toList();
    }

    /** A folder of copies of the files, named so that a folder import takes them in this order. */
    private static Path folder(String name, List<Path> files) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), folder.resolve(String.format("%03d-%s", i, files.get(i).getFileName())));
        }
        return folder;
    }

    private static String status(String db, String period) {
        CliRunner.Result r = CliRunner.run("status", "--db", db, "--period", period, "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
