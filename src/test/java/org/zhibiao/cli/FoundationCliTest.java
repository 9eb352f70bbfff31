package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCliTest {

    @TempDir
    Path dir;

    @Test
    void initThenRegionsAsCsv() {
        Path db = dir.resolve("a.db");
        assertThat(CliRunner.run("init", "--db", db.toString(), "--lang", "en").exitCode()).isZero();
        CliRunner.Result regions = CliRunner.run("regions", "--db", db.toString(), "--format", "csv", "--under", "220200");
        assertThat(regions.exitCode()).isZero();
        assertThat(regions.out().lines().findFirst()).contains("code,name,level,parent_code");
        assertThat(regions.out()).contains("220200,吉林市,city,220000\n").contains("220204,船营区,county,220200\n")
                .doesNotContain("长春市");
    }

    @Test
    void initWithAnotherHomeLoadsThatTree() {
        Path db = dir.resolve("yj.db");
        assertThat(CliRunner.run("init", "--db", db.toString(), "--home", "441700").exitCode()).isZero();
        CliRunner.Result regions = CliRunner.run("regions", "--db", db.toString(), "--format", "csv");
        assertThat(regions.out()).contains("441700,阳江市,city,\n");
    }

    @Test
    void initRefusesAnExistingDatabaseAndAnUnknownRegionAsAUsageError() {
        Path db = dir.resolve("a.db");
        CliRunner.run("init", "--db", db.toString());
        CliRunner.Result again = CliRunner.run("init", "--db", db.toString(), "--lang", "zh");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("已存在").doesNotContain("Exception");
        CliRunner.Result unknown = CliRunner.run("init", "--db", dir.resolve("b.db").toString(), "--home", "990000",
                "--lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("990000 is not a GB/T 2260 region code");
        assertThat(dir.resolve("b.db")).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> !p.getFileName().toString().startsWith("a.db"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(2);
        CliRunner.Result badPeriod = CliRunner.run("export", "--db", "x.db", "--period", "2015-3", "--format", "csv",
                "--out", "x.csv", "--lang", "en");
        assertThat(badPeriod.exitCode()).isEqualTo(2);
        assertThat(badPeriod.err()).contains("2015-3");
    }

    @Test
    void aMissingDatabaseIsNamedAndNotCreated() {
        Path db = dir.resolve("none.db");
        CliRunner.Result r = CliRunner.run("regions", "--db", db.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains(db.toString());
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void exportWritesTheHeaderOfCliMd() throws Exception {
        Path db = dir.resolve("a.db");
        CliRunner.run("init", "--db", db.toString());
        Path csv = dir.resolve("x.csv");
        assertThat(CliRunner.run("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString())
                .exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("region_code,region_name,period,indicator_code,value,"
                + "numerator,denominator,note,revision,batch_id,source_file,source_sha256,source_sheet,source_cell,"
                + "imported_at,imported_by");
    }
}
