package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;

/** The status of the demo database (吉林省 2010Q4–2016Q4, the province rolled up from 9 cities). */
class DemoStatusTest {

    private static final List<String> NUMBERS_OF_A_JUDGED_ROW = List.of("value", "source", "coverage",
            "target_year", "comparator", "target", "base_period", "base_value", "time_progress", "expected",
            "progress_ratio", "gap_to_target", "gap_to_expected", "status", "target_region");

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void demo() {
        db = dir.resolve("demo.db").toString();
        assertThat(CliRunner.run("init", "--db", db, "--demo").exitCode()).isZero();
    }

    private static List<Map<String, String>> status(String... more) {
        String[] args = {"status", "--db", db, "--format", "csv"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return StatusCsv.records(r.out());
    }

    @Test
    void onePeriodGivesOneRowPerIndicatorAndTargetYearWithEveryApplicableColumnFilled() {
        List<Map<String, String>> rows = status("--period", "2015Q4");
        int expected = 0;
        try (Workspace w = Workspace.open(Path.of(db))) {
            for (Indicator i : w.catalogue().indicators()) {
                expected += (int) w.catalogue().targetsOf(i.code()).stream()
                        .filter(t -> t.regionCode().equals("220000")).count();
            }
        }
        assertThat(rows).hasSize(expected);
        assertThat(rows.stream().map(r -> r.get("indicator_code") + "@" + r.get("target_year")).distinct())
                .hasSize(expected);
        List<Map<String, String>> judged = rows.stream()
                .filter(r -> Set.of("ON_TRACK", "AT_RISK", "OFF_TRACK").contains(r.get("status"))).toList();
        assertThat(judged.stream().filter(r -> !r.get("progress_ratio").isEmpty())).hasSizeGreaterThan(2);
        assertThat(judged).as("at its deadline a target is met or not met (STATUS.md rule 7)")
                .allSatisfy(r -> assertThat(Integer.parseInt(r.get("target_year"))).isGreaterThan(2015));
        assertThat(rows).filteredOn(r -> r.get("target_year").equals("2015"))
                .anySatisfy(r -> assertThat(r.get("status")).isEqualTo("NOT_MET"));
        assertThat(judged).allSatisfy(r -> {
            for (String column : NUMBERS_OF_A_JUDGED_ROW) {
                boolean atBaseline = r.get("time_progress").equals("0");
                boolean reported = r.get("source").equals("reported");
                if (!(atBaseline && column.equals("progress_ratio")) && !(reported && column.equals("coverage"))) {
                    assertThat(r.get(column)).as(r.get("indicator_code") + " " + column).isNotEmpty();
                }
            }
            assertThat(r.get("region_code")).isEqualTo("220000");
            assertThat(r.get("period")).isEqualTo("2015Q4");
        });
        assertThat(rows).filteredOn(r -> r.get("indicator_code").equals("V01") && r.get("target_year").equals("2015"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("source")).isEqualTo("rollup");
                    assertThat(r.get("coverage")).isEqualTo("9/9");
                    assertThat(r.get("numerator")).isNotEmpty();
                    assertThat(r.get("denominator")).isNotEmpty();
                    assertThat(r.get("time_progress")).isEqualTo("1");
                });
        assertThat(rows).filteredOn(r -> r.get("target_year").equals("2020") && r.get("indicator_code").equals("P07"))
                .singleElement().satisfies(r -> assertThat(r.get("base_period")).isEqualTo("2010Q4"));
    }

    @Test
    void theProvincesRatioIsTheCitiesNumeratorsOverTheirDenominatorsFromTheExport() throws Exception {
        Path csv = dir.resolve("export.csv");
        assertThat(CliRunner.run("export", "--db", db, "--period", "2015Q4", "--format", "csv", "--out",
                csv.toString()).exitCode()).isZero();
        Set<String> cities = StatusCsv.records(CliRunner.run("regions", "--db", db, "--format", "csv").out()).stream()
                .filter(r -> r.get("parent_code").equals("220000")).map(r -> r.get("code"))
                .collect(Collectors.toSet());
        assertThat(cities).hasSize(9);
        double numerator = 0;
        double denominator = 0;
        for (Map<String, String> r : StatusCsv.records(Files.readString(csv))) {
            if (r.get("indicator_code").equals("V01") && cities.contains(r.get("region_code"))) {
                numerator += Double.parseDouble(r.get("numerator"));
                denominator += Double.parseDouble(r.get("denominator"));
            }
        }
        Map<String, String> v01 = status("--period", "2015Q4", "--target-year", "2015").stream()
                .filter(r -> r.get("indicator_code").equals("V01")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(v01.get("numerator"))).isEqualTo(numerator);
        assertThat(Double.parseDouble(v01.get("denominator"))).isEqualTo(denominator);
        assertThat(Double.parseDouble(v01.get("value"))).isEqualTo(numerator / denominator * 100);
    }

    @Test
    void twoCitiesMissTheLatestQuarterSoItsRollUpsArePartial() {
        Map<String, String> v01 = status("--period", "2016Q4", "--target-year", "2020").stream()
                .filter(r -> r.get("indicator_code").equals("V01")).findFirst().orElseThrow();
        assertThat(v01.get("coverage")).isEqualTo("7/9");
    }

    @Test
    void removingOneCitysReturnMakesTheProvinceRowPartial() throws Exception {
        Path copy = dir.resolve("removed.db");
        Files.copy(Path.of(db), copy);
        try (Workspace w = Workspace.open(copy)) {
            removeReturnsUnder(w, "220200", Period.parse("2015Q3"));
        }
        CliRunner.Result csv = CliRunner.run("status", "--db", copy.toString(), "--period", "2015Q3", "--format",
                "csv", "--target-year", "2015");
        Map<String, String> v01 = StatusCsv.records(csv.out()).stream()
                .filter(r -> r.get("indicator_code").equals("V01")).findFirst().orElseThrow();
        assertThat(v01.get("coverage")).isEqualTo("8/9");
        CliRunner.Result table = CliRunner.run("status", "--db", copy.toString(), "--period", "2015Q3",
                "--target-year", "2015", "--lang", "en");
        assertThat(table.out()).contains("roll-up 8/9, partial");
        Map<String, String> before = status("--period", "2015Q3", "--target-year", "2015").stream()
                .filter(r -> r.get("indicator_code").equals("V01")).findFirst().orElseThrow();
        assertThat(before.get("coverage")).isEqualTo("9/9");
    }

    /** Deletes the current values of a city and its counties at a period: the city's whole return. */
    private static void removeReturnsUnder(Workspace w, String city, Period period) {
        w.database().runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    DELETE FROM observation
                    WHERE period = ? AND current = 1
                      AND region_code IN (SELECT code FROM region WHERE code = ? OR parent_code = ?)""")) {
                p.setInt(1, period.index());
                p.setString(2, city);
                p.setString(3, city);
                p.executeUpdate();
            }
        });
    }

    @Test
    void dataChecksFindTheCityThatMisreportedAndTheCitiesThatMissTheLatestQuarter() {
        try (Workspace w = Workspace.open(Path.of(db))) {
            var mismatch = w.status().checks(Period.parse("2014Q2"), null).stream()
                    .filter(c -> c.messageKey().equals("analysis.check.rollUpDiffers")).toList();
            assertThat(mismatch).singleElement().satisfies(c -> {
                assertThat(c.indicatorCode()).isEqualTo("P07");
                assertThat(w.regions().find(c.regionCode()).orElseThrow().parentCode()).isEqualTo("220000");
            });
            var missing = w.status().checks(Period.parse("2016Q4"), null).stream()
                    .filter(c -> c.messageKey().equals("analysis.check.missingReturn")).map(c -> c.regionCode())
                    .filter(code -> "220000".equals(w.regions().find(code).orElseThrow().parentCode())).toList();
            assertThat(missing).hasSize(2);
        }
    }
}
