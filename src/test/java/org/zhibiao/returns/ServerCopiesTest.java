package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.storage.TestPostgres;

/**
 * A database on a server gives the same copies as a file: {@code backup} writes a whole SQLite
 * database (originals included), and a supervisor's {@code .zbs} snapshot, up to a locked quarter,
 * opens offline.
 */
class ServerCopiesTest {

    private static final String PERIOD = "2017Q1";

    @TempDir
    static Path dir;

    private static String server;
    private static Path sent;

    @BeforeAll
    static void aServerDatabaseWithTheDemoHistoryAnImportAndALock() throws Exception {
        server = TestPostgres.freshAddress();
        Path templates = Returns.plainDatabase(dir);
        sent = Returns.fill(Returns.template(templates, dir, "220100", PERIOD), Map.of("P07", Returns.fraction(90, 100)),
                dir.resolve("220100.xlsx"));
        run(0, "init", "--db", server, "--demo");
        run(0, "import", "--db", server, sent.toString());
        run(0, "lock", "--db", server, "--period", "2016Q4");
    }

    @Test
    void aBackupOfAServerDatabaseIsAWholeDatabaseFileThatReadsTheSame() throws Exception {
        Path copy = dir.resolve("backups/office.db");

        CliRunner.Result backup = run(0, "backup", "--db", server, "--lang", "en", "--out", copy.toString());

        assertThat(backup.err()).contains("Wrote a consistent copy of the database to " + copy);
        assertThat(copy.resolveSibling("office.db-wal")).doesNotExist();
        for (String period : List.of(PERIOD, "2016Q4")) {
            assertThat(run(0, "status", "--db", copy.toString(), "--period", period, "--format", "csv").out())
                    .isEqualTo(run(0, "status", "--db", server, "--period", period, "--format", "csv").out());
        }
        assertThat(run(0, "submissions", "--db", copy.toString(), "--period", PERIOD, "--format", "csv").out())
                .isEqualTo(run(0, "submissions", "--db", server, "--period", PERIOD, "--format", "csv").out());
        try (Workspace w = Workspace.openReadOnly(copy)) {
            Observation value = w.observations().revisions("P07", "220100", Period.parse(PERIOD)).get(0);
            byte[] bytes = Files.readAllBytes(sent);
            assertThat(w.returns().original(value.lineage().sha256())).hasValueSatisfying(
                    original -> assertThat(original).isEqualTo(bytes));
            assertThat(w.returns().isLocked(Period.parse("2016Q4"))).isTrue();
        }
    }

    @Test
    void aSnapshotOfAServerDatabaseUpToALockedQuarterOpensOfflineWithoutTheLaterOnes() throws IOException {
        Path snapshot;
        try (Workspace w = Workspace.openServer(ServerAddress.parse(server), true)) {
            assertThat(w.snapshots().lockedPeriods()).containsExactly(Period.parse("2016Q4"));
            snapshot = w.snapshots().export(dir.resolve("supervisor/吉林 2016Q4"), Period.parse("2016Q4"));
        }

        assertThat(snapshot.getFileName().toString()).isEqualTo("吉林 2016Q4" + SnapshotService.EXTENSION);
        assertThat(snapshot.resolveSibling(snapshot.getFileName() + "-wal")).doesNotExist();
        try (Workspace copy = Workspace.openReadOnly(snapshot)) {
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(copy.observations().periods()).first().isEqualTo(Period.of(2010, 4));
            assertThat(copy.observations().periods()).last().isEqualTo(Period.of(2016, 4));
        }
        assertThat(run(0, "status", "--db", snapshot.toString(), "--period", "2016Q4", "--format", "csv").out())
                .isEqualTo(run(0, "status", "--db", server, "--period", "2016Q4", "--format", "csv").out());
    }

    private static CliRunner.Result run(int expected, String... args) {
        CliRunner.Result result = CliRunner.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isEqualTo(expected);
        return result;
    }
}
