package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * A folder mixing good, bad and duplicate returns: good ones in, bad ones listed, exit 1;
 * submissions shows it; a revision lists its changes; undo of the batch restores the earlier state.
 */
class FolderImportTest {

    @TempDir
    Path dir;

    @Test
    void mixedFolderThenRevisionThenUndo() throws Exception {
        Path db = Returns.database(dir);
        Path first = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"),
                Map.of("P01", Returns.fraction(90, 100), "E08", Returns.value(2)), dir.resolve("first/长春.xlsx"));
        assertThat(Returns.importFiles(db, first).exitCode()).isZero();
        List<String> afterFirst = Returns.export(db, dir, "first");

        Path folder = dir.resolve("quarter");
        Returns.fill(Returns.template(db, dir, "220100", "2015Q3"),
                Map.of("P01", Returns.fraction(95, 100), "E08", Returns.value(2)), folder.resolve("a/长春-更正.xlsx"));
        Returns.fill(Returns.template(db, dir, "220200", "2015Q3"), Map.of("E08", Returns.value(1)),
                folder.resolve("b/吉林.xlsx"));
        Files.copy(folder.resolve("b/吉林.xlsx"), folder.resolve("b/吉林（副本）.xlsx"));
        Returns.fill(Returns.template(db, dir, "220300", "2015Q3"), Map.of("E08", Returns.value("约3")),
                folder.resolve("c/四平.xlsx"));
        Files.copy(first, folder.resolve("长春-旧.xlsx"));
        Files.writeString(folder.resolve("readme.txt"), "not a return");

        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--lang", "en", "--user", "officer",
                folder.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("imported  长春-更正.xlsx  (220100, 2015Q3, 2 values, revision 2)")
                .contains("  change P01: 90 → 95")
                .contains("imported  吉林.xlsx  (220200, 2015Q3, 1 values, revision 1)")
                .contains("skipped (same file already imported)  吉林（副本）.xlsx")
                .contains("rejected  四平.xlsx\n  指标报表!E20: Not a number: \"约3\"")
                .contains("skipped (same file already imported)  长春-旧.xlsx")
                .contains("rejected  readme.txt\n  Not a workbook Zhibiao reads");
        String batch = batchOf(r.err());

        CliRunner.Result csv = CliRunner.run("submissions", "--db", db.toString(), "--period", "2015Q3",
                "--format", "csv");
        assertThat(csv.out()).startsWith("region_code,region_name,period,state,revision,received_at,source_file\n")
                .containsPattern("220100,长春市,2015Q3,revised,2,[^,]+,长春-更正.xlsx\n")
                .containsPattern("220200,吉林市,2015Q3,received,1,[^,]+,吉林.xlsx\n")
                .contains("220300,四平市,2015Q3,rejected,,")
                .contains("220500,通化市,2015Q3,missing,,,\n");
        CliRunner.Result locked = CliRunner.run("lock", "--db", db.toString(), "--period", "2015Q3", "--lang", "en");
        assertThat(locked.exitCode()).isZero();
        CliRunner.Result table = CliRunner.run("submissions", "--db", db.toString(), "--period", "2015Q3",
                "--lang", "en");
        assertThat(table.out()).startsWith("Period 2015 Q3 (locked)").contains("220100  长春市  ↻ revised  r2");
        CliRunner.run("unlock", "--db", db.toString(), "--period", "2015Q3");

        CliRunner.Result undo = CliRunner.run("undo-import", "--db", db.toString(), "--batch", batch, "--lang", "en");
        assertThat(undo.exitCode()).as(undo.err()).isZero();
        assertThat(Returns.export(db, dir, "undone")).isEqualTo(afterFirst);
        assertThat(CliRunner.run("undo-import", "--db", db.toString(), "--batch", batch).exitCode()).isEqualTo(3);
        assertThat(CliRunner.run("submissions", "--db", db.toString(), "--period", "2015Q3", "--format", "csv").out())
                .containsPattern("220100,长春市,2015Q3,received,1,[^,]+,长春.xlsx\n")
                .contains("220200,吉林市,2015Q3,missing,,,\n");
    }

    @Test
    void dryRunStoresNothingAndBackupCopiesTheDatabase() throws Exception {
        Path db = Returns.database(dir);
        Path file = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), Map.of("E08", Returns.value(2)),
                dir.resolve("a.xlsx"));
        byte[] before = Files.readAllBytes(db);
        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--dry-run", "--lang", "en",
                file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("would import  a.xlsx");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("returns"))).isFalse();
        assertThat(Returns.importFiles(db, file).exitCode()).isZero();
        Path sha = Files.list(dir.resolve("returns/2015Q3")).findFirst().orElseThrow();
        assertThat(sha.getFileName().toString()).matches("220100-[0-9a-f]{12}\\.xlsx");
        assertThat(Files.readAllBytes(sha)).isEqualTo(Files.readAllBytes(file));
        Path copy = dir.resolve("backup/copy.db");
        assertThat(CliRunner.run("backup", "--db", db.toString(), "--out", copy.toString()).exitCode()).isZero();
        assertThat(Returns.export(copy, dir, "copy")).isEqualTo(Returns.export(db, dir, "orig"));
    }

    private static String batchOf(String err) {
        Matcher m = Pattern.compile("Batch (\\d+):").matcher(err);
        assertThat(m.find()).as(err).isTrue();
        return m.group(1);
    }
}
