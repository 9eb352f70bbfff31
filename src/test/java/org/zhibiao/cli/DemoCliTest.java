package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCliTest {

    private static final String HEADER = "region_code,region_name,period,indicator_code,value,numerator,denominator,"
            + "note,revision,batch_id,source_file,source_sha256,source_sheet,source_cell,imported_at,imported_by";

    @TempDir
    Path dir;

    @Test
    void initDemoThenExportGivesTheDemoObservations() throws Exception {
        Path db = dir.resolve("a.db");
        CliRunner.Result init = CliRunner.run("init", "--db", db.toString(), "--demo", "--lang", "en");
        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).containsPattern("Demo history: [\\d,]+ values from 79 regions over 25 quarters");
        Path csv = dir.resolve("x.csv");
        CliRunner.Result export = CliRunner.run("export", "--db", db.toString(), "--format", "csv", "--out",
                csv.toString(), "--lang", "en");
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).isEqualTo(HEADER);
        List<CSVRecord> rows = records(csv);
        assertThat(rows).hasSizeGreaterThan(20_000);
        assertThat(init.err().replace(",", "")).contains(rows.size() + " values");
        CSVRecord first = rows.get(0);
        assertThat(first.get("region_code")).as("the province reports P10 itself").isEqualTo("220000");
        assertThat(first.get("region_name")).isEqualTo("吉林省");
        assertThat(first.get("period")).isEqualTo("2010Q4");
        assertThat(first.get("source_file")).isEqualTo("demo");
        assertThat(first.get("imported_by")).isEqualTo("demo");
        assertThat(first.get("imported_at")).isEqualTo("2011-01-20T09:00:00Z");
        assertThat(rows).filteredOn(r -> r.get("indicator_code").equals("V01"))
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("numerator")))
                        .isLessThanOrEqualTo(Double.parseDouble(r.get("denominator"))));
    }

    @Test
    void theChineseSummary() {
        CliRunner.Result init = CliRunner.run("init", "--db", dir.resolve("b.db").toString(), "--demo", "--lang", "zh");
        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).contains("演示数据：79 个地区、25 个季度");
    }

    @Test
    void demoWithoutTheCatalogueIsExplained() {
        CliRunner.Result init = CliRunner.run("init", "--db", dir.resolve("c.db").toString(), "--catalogue", "none",
                "--demo", "--lang", "en");
        assertThat(init.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(init.err()).contains("built-in catalogue").doesNotContain("Exception");
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }
}
