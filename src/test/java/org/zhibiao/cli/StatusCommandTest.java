package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.service.StatusFixture;

class StatusCommandTest {

    static final String HEADER = "indicator_code,indicator_name,category,unit,region_code,period,value,numerator,"
            + "denominator,source,coverage,target_year,comparator,target,target_max,base_period,base_value,"
            + "time_progress,expected,task_progress,progress_ratio,gap_to_target,gap_to_expected,status,target_region,trend,trend_value";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void database() {
        Path file = dir.resolve("jl.db");
        try (StatusFixture fx = StatusFixture.create(file, "220000")) {
            fx.ratio("V01", "220000", "2010Q4", 86, 100).ratio("V01", "220100", "2013Q2", 885, 1000)
                    .ratio("V01", "220200", "2013Q2", 0, 0.0001).store();
        }
        db = file.toString();
    }

    private static List<Map<String, String>> csv(String text) {
        return StatusCsv.records(text);
    }

    @Test
    void outWritesTheSameCsvToAFile() throws Exception {
        Path file = dir.resolve("status.csv");
        CliRunner.Result toFile = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--format", "csv",
                "--lang", "en", "--out", file.toString());
        CliRunner.Result toStdout = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--format", "csv",
                "--lang", "en");
        assertThat(toFile.exitCode()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(toStdout.out()).startsWith(HEADER);
    }

    @Test
    void theTableEndsWithThePlansTheTargetsComeFromInTheLanguageChosen() {
        CliRunner.Result zh = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--target-year", "2015",
                "--lang", "zh");
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("目标依据 《吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见》（吉政发〔2012〕27号）：P09 P10 P11 E01");
        CliRunner.Result en = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--target-year", "2015",
                "--lang", "en");
        assertThat(en.out()).contains("Targets set by Opinions of the Jilin Provincial Government on implementing the "
                + "Quality Development Outline and the quality-province strategy (吉政发〔2012〕27号): P09 P10 P11 E01");
        CliRunner.Result csv = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--format", "csv");
        assertThat(csv.out()).as("CSV keeps CLI.md's columns").doesNotContain("吉政发");
    }

    @Test
    void csvHasCliMdsColumnsAndOneRowPerIndicatorAndTargetYear() {
        CliRunner.Result r = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--format", "csv",
                "--lang", "en", "--target-year", "2015");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().findFirst()).contains(HEADER);
        List<Map<String, String>> rows = csv(r.out());
        assertThat(rows).as("the monitored set of 吉林省").hasSize(24);
        Map<String, String> v01 = rows.stream().filter(x -> x.get("indicator_code").equals("V01")).findFirst().orElseThrow();
        assertThat(v01.get("indicator_name")).isEqualTo("Rate of industrial enterprises meeting emission standards");
        assertThat(v01.get("region_code")).isEqualTo("220000");
        assertThat(v01.get("source")).isEqualTo("rollup");
        assertThat(v01.get("coverage")).isEqualTo("2/9");
        assertThat(Double.parseDouble(v01.get("value"))).isEqualTo((885.0 + 0.0) / (1000 + 0.0001) * 100);
        assertThat(v01.get("comparator")).isEqualTo(">=");
        assertThat(v01.get("base_period")).isEqualTo("2010Q4");
        assertThat(v01.get("base_value")).isEqualTo("86");
        assertThat(v01.get("time_progress")).isEqualTo("0.5");
        assertThat(v01.get("expected")).isEqualTo("88");
        assertThat(v01.get("status")).isEqualTo("ON_TRACK");
        assertThat(v01.get("target_region")).isEqualTo("220000");
        assertThat(v01.get("progress_ratio")).doesNotContain("E");
    }

    @Test
    void tableSpeaksTheChosenLanguageWithRoundedNumbersAndTheExplanation() {
        CliRunner.Result zh = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--lang", "zh",
                "--target-year", "2015");
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("吉林省（220000）", "时间进度法", "按进度应达到", "汇总 2/9（不完整）", "进度正常",
                "88.5 %", "时间进度 50%，任务完成 62.5%，进度正常");
        CliRunner.Result en = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--lang", "en",
                "--target-year", "2015", "--region", "220100");
        assertThat(en.out()).contains("expected by now", "not met", "≥ 90.0 (of 220000)", "reported",
                "without a baseline the trajectory cannot be judged");
    }

    @Test
    void jsonCarriesTheSameKeysWithNumbersAsNumbers() {
        CliRunner.Result r = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--format", "json",
                "--method", "open-sdg", "--target-year", "2015");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).startsWith("[").endsWith("]");
        String v01 = r.out().lines().filter(l -> l.contains("\"indicator_code\": \"V01\"")).findFirst().orElseThrow();
        for (String column : HEADER.split(",")) {
            assertThat(v01).contains("\"" + column + "\": ");
        }
        assertThat(v01).contains("\"target\": 90,", "\"coverage\": \"2/9\"", "\"target_max\": null",
                "\"status\": \"ON_TRACK\"");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRunner.run("status", "--db", db, "--format", "csv").exitCode()).isEqualTo(2);
        CliRunner.Result method = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--method", "average",
                "--lang", "en");
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("average");
        CliRunner.Result region = CliRunner.run("status", "--db", db, "--period", "2013Q2", "--region", "110000",
                "--lang", "en");
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("110000").doesNotContain("Exception");
    }
}
