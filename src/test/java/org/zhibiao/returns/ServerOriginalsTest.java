package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/**
 * On a server the originals of imported returns are kept in the database, once per SHA-256 and in
 * the transaction of their values: any PC, with nothing of the import in its data folder, reads
 * them back.
 */
class ServerOriginalsTest {

    private static final String PERIOD = "2017Q1";

    @TempDir
    Path dir;

    @Test
    void aValueImportedOnOnePcLeadsToItsOriginalsBytesFromAnotherAndIdenticalFilesAreKeptOnce() throws Exception {
        String server = TestPostgres.freshAddress();
        Path first = dir.resolve("first.xlsx");
        Path revised = dir.resolve("revised.xlsx");
        Path templates = Returns.plainDatabase(dir);
        Returns.fill(Returns.template(templates, dir, "220100", PERIOD), Map.of("P07", Returns.fraction(90, 100)), first);
        Returns.fill(Returns.template(templates, dir, "220100", PERIOD), Map.of("P07", Returns.fraction(91, 100)),
                revised);
        Path copy = Files.copy(first, dir.resolve("same bytes, other name.xlsx"));
        byte[] firstBytes = Files.readAllBytes(first);
        byte[] revisedBytes = Files.readAllBytes(revised);

        Path importingPc = dir.resolve("importing-pc");
        withDataFolder(importingPc, () -> {
            assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
            CliRunner.Result imported = CliRunner.run("import", "--db", server, "--lang", "en",
                    first.toString(), copy.toString(), revised.toString());
            assertThat(imported.err()).contains("2 imported").contains("1 skipped");
            return null;
        });
        assertThat(importingPc.resolve("servers")).doesNotExist();
        Files.delete(first);
        Files.delete(revised);

        List<Observation> history = withDataFolder(dir.resolve("other-pc"), () -> {
            try (Workspace w = Workspace.openServer(ServerAddress.parse(server), true)) {
                List<Observation> values = w.observations().revisions("P07", "220100", Period.parse(PERIOD));
                assertThat(values).hasSize(2);
                for (Observation o : values) {
                    byte[] expected = o.revision() == 1 ? firstBytes : revisedBytes;
                    assertThat(w.returns().original(o.lineage().sha256())).hasValueSatisfying(
                            bytes -> assertThat(bytes).isEqualTo(expected));
                }
                return values;
            }
        });
        assertThat(history).extracting(o -> o.lineage().sourceFile()).containsExactlyInAnyOrder("first.xlsx",
                "revised.xlsx");
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM original")).isEqualTo(2);
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM source_file")).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotStoredLeavesNoOriginalBehind() throws Exception {
        String server = TestPostgres.freshAddress();
        Path templates = Returns.plainDatabase(dir);
        Path wrong = Returns.fill(Returns.template(templates, dir, "220200", PERIOD),
                Map.of("P07", Returns.value("about ninety")), dir.resolve("wrong.xlsx"));
        Path locked = Returns.fill(Returns.template(templates, dir, "220300", "2016Q4"),
                Map.of("P07", Returns.fraction(1, 2)), dir.resolve("locked.xlsx"));
        assertThat(CliRunner.run("init", "--db", server, "--demo").exitCode()).isZero();
        assertThat(CliRunner.run("lock", "--db", server, "--period", "2016Q4").exitCode()).isZero();

        CliRunner.Result imported = CliRunner.run("import", "--db", server, "--lang", "en", wrong.toString(),
                locked.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("0 imported, 2 rejected");
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM original")).isZero();
    }

    @Test
    void aFileWhoseValuesTheServerRefusesKeepsNeitherValuesNorOriginal() throws Exception {
        String server = TestPostgres.freshAddress();
        Path templates = Returns.plainDatabase(dir);
        Path good = Returns.fill(Returns.template(templates, dir, "220100", PERIOD),
                Map.of("P07", Returns.fraction(90, 100)), dir.resolve("good.xlsx"));
        assertThat(CliRunner.run("init", "--db", server).exitCode()).isZero();
        TestPostgres.execute(server, """
                CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'disk full'; END $$""");
        TestPostgres.execute(server, "CREATE TRIGGER refuse BEFORE INSERT ON observation FOR EACH ROW EXECUTE FUNCTION refuse()");

        CliRunner.Result imported = CliRunner.run("import", "--db", server, "--lang", "en", good.toString());

        assertThat(imported.err()).contains("0 imported").doesNotContain("Exception");
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM original")).isZero();
        assertThat(TestPostgres.number(server, "SELECT count(*) FROM source_file")).isZero();
    }

    /** Runs work as a PC whose data folder is {@code folder}. */
    private static <T> T withDataFolder(Path folder, Supplier<T> work) throws IOException {
        Files.createDirectories(folder);
        String before = System.getProperty("zhibiao.home");
        System.setProperty("zhibiao.home", folder.toString());
        try {
            return work.get();
        } finally {
            System.setProperty("zhibiao.home", before);
        }
    }
}
