package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * A folder of more returns than are read ahead at once, with a damaged one and a duplicate among
 * them: each is reported in name order, the good ones are all stored, the duplicate of a file
 * imported earlier in the same run is skipped, and the damaged one alone is rejected; the archive
 * beside the database then holds one copy of each stored return and nothing else.
 */
class ManyReturnsImportTest {

    private static final List<String> CITIES = List.of("220100", "220200", "220300", "220400", "220500",
            "220600", "220700", "220800", "222400");

    @TempDir
    Path dir;

    @Test
    void everyReturnIsReportedInNameOrderAndStored() throws Exception {
        Path db = Returns.database(dir);
        Path folder = dir.resolve("quarter");
        for (int i = 0; i < CITIES.size(); i++) {
            Returns.fill(Returns.template(db, dir, CITIES.get(i), "2015Q3"), Map.of("E08", Returns.value(i + 1)),
                    folder.resolve(String.format("%02d-%s.xlsx", 2 * i, CITIES.get(i))));
        }
        Files.copy(folder.resolve("00-220100.xlsx"), folder.resolve("15-copy.xlsx"));
        Files.write(folder.resolve("05-damaged.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});

        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--lang", "en", folder.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        List<String> reported = r.out().lines().filter(l -> !l.startsWith(" ")).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CITIES.size(); i++) {
            if (i == 3) {
                expected.add("rejected  05-damaged.xlsx");
            }
            if (i == 8) {
                expected.add("skipped (same file already imported)  15-copy.xlsx");
            }
            expected.add(String.format("imported  %02d-%s.xlsx  (%s, 2015Q3, 1 values, revision 1)", 2 * i,
                    CITIES.get(i), CITIES.get(i)));
        }
        assertThat(reported).containsExactlyElementsOf(expected);
        List<String> stored = Returns.export(db, dir, "all");
        for (int i = 0; i < CITIES.size(); i++) {
            String row = CITIES.get(i) + ",[^,]+,2015Q3,E08," + (i + 1) + ",.*";
            assertThat(stored).anyMatch(line -> line.matches(row));
        }
        assertThat(archived()).hasSize(CITIES.size()).allMatch(name -> name.matches("22\\d{4}-[0-9a-f]{12}\\.xlsx"));
    }

    @Test
    void returnsOfALockedQuarterAreRejectedAndLeaveNothingInTheArchive() throws Exception {
        Path db = Returns.database(dir);
        Path folder = dir.resolve("quarter");
        for (int i = 0; i < 6; i++) {
            Returns.fill(Returns.template(db, dir, CITIES.get(i), "2015Q3"), Map.of("E08", Returns.value(i + 1)),
                    folder.resolve(CITIES.get(i) + ".xlsx"));
        }
        assertThat(CliRunner.run("lock", "--db", db.toString(), "--period", "2015Q3").exitCode()).isZero();

        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--lang", "en", folder.toString());

        assertThat(r.out().lines().filter(l -> l.startsWith("rejected  ")).count()).isEqualTo(6);
        assertThat(archived()).isEmpty();
    }

    /** The names of every file under the archive folder beside the database, copies aside included. */
    private List<String> archived() throws Exception {
        Path archive = dir.resolve("returns");
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }
}
