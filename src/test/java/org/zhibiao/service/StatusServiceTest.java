package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Coverage;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.OpenSdg;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.Thresholds;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

/** Roll-ups, inheritance and the status rows of a 吉林省 database with values written here. */
class StatusServiceTest {

    private static final List<String> CITIES = List.of("220100", "220200", "220300", "220400", "220500", "220600",
            "220700", "220800", "222400");

    @TempDir
    Path dir;

    private StatusFixture fx;

    @BeforeEach
    void open() {
        fx = StatusFixture.create(dir.resolve("jl.db"), "220000");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private StatusRow row(String period, String region, String indicator, Integer year) {
        return fx.workspace().status().status(Period.parse(period), region, year, Method.TIME_PROGRESS, true).stream()
                .filter(r -> r.indicator().code().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void aRatioRollsUpAsSumOfNumeratorsOverSumOfDenominatorsNeverAnAverageOfRates() {
        double num = 0;
        double den = 0;
        for (int i = 0; i < CITIES.size(); i++) {
            double d = 100 + 37 * i;
            double n = d * (0.80 + 0.02 * i);
            fx.ratio("V01", CITIES.get(i), "2013Q2", n, d);
            num += n;
            den += d;
        }
        fx.store();
        StatusRow province = row("2013Q2", null, "V01", 2015);
        assertThat(province.source()).isEqualTo(Source.ROLLUP);
        assertThat(province.coverage()).isEqualTo(new Coverage(9, 9));
        assertThat(province.numerator()).isCloseTo(num, within(1e-9));
        assertThat(province.denominator()).isCloseTo(den, within(1e-9));
        assertThat(province.value()).isCloseTo(num / den * 100, within(1e-12));
        double meanOfRates = java.util.stream.IntStream.range(0, CITIES.size()).mapToDouble(i -> 80 + 2 * i).average().orElseThrow();
        assertThat(province.value()).isNotCloseTo(meanOfRates, within(0.01));

        fx.removeReturn("220300", "2013Q2");
        StatusRow partial = row("2013Q2", "220000", "V01", 2015);
        assertThat(partial.coverage()).isEqualTo(new Coverage(8, 9));
        assertThat(partial.coverage().isPartial()).isTrue();
    }

    @Test
    void aCityWithoutATargetIsMeasuredAgainstTheProvincesFromItsOwnBaseline() {
        fx.ratio("V01", "220200", "2010Q4", 700, 1000).ratio("V01", "220200", "2013Q2", 780, 1000)
                .ratio("V01", "220100", "2010Q4", 850, 1000).store();
        StatusRow city = row("2013Q2", "220200", "V01", null);
        assertThat(city.targetYear()).isEqualTo(2015);
        assertThat(city.targetRegionCode()).isEqualTo("220000");
        assertThat(city.target()).isEqualTo(90.0);
        assertThat(city.baseValue()).isCloseTo(70.0, within(1e-12));
        assertThat(city.timeProgress()).isEqualTo(0.5);
        assertThat(city.expected()).isCloseTo(80.0, within(1e-9));
        assertThat(city.progressRatio()).isCloseTo(0.8, within(1e-9));
        assertThat(city.status()).isEqualTo(Status.AT_RISK);
        assertThat(city.source()).isEqualTo(Source.REPORTED);
        assertThat(city.coverage()).isNull();
    }

    @Test
    void aCityWithoutAReturnCountsWithTheRollUpOfItsCounties() {
        fx.ratio("V01", "220202", "2013Q2", 90, 100).ratio("V01", "220203", "2013Q2", 45, 100)
                .ratio("V01", "220100", "2013Q2", 400, 500).store();
        StatusRow jilinCity = row("2013Q2", "220200", "V01", 2015);
        assertThat(jilinCity.source()).isEqualTo(Source.ROLLUP);
        assertThat(jilinCity.value()).isCloseTo(67.5, within(1e-12));
        assertThat(jilinCity.coverage().included()).isEqualTo(2);
        StatusRow province = row("2013Q2", "220000", "V01", 2015);
        assertThat(province.value()).isCloseTo((135.0 + 400) / 700 * 100, within(1e-12));
        assertThat(province.coverage()).isEqualTo(new Coverage(2, 9));
    }

    @Test
    void theProvincesOwnReturnIsOfficialAndTheRollUpOnlyACrossCheck() {
        fx.ratio("V01", "220000", "2013Q2", 880, 1000);
        for (String city : CITIES) {
            fx.ratio("V01", city, "2013Q2", 80, 100);
        }
        fx.store();
        StatusRow province = row("2013Q2", "220000", "V01", 2015);
        assertThat(province.value()).isCloseTo(88.0, within(1e-12));
        assertThat(province.source()).isEqualTo(Source.REPORTED);
        var checks = fx.workspace().status().checks(Period.parse("2013Q2"), null);
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.regionCode()).isEqualTo("220000");
            assertThat(c.indicatorCode()).isEqualTo("V01");
            assertThat(c.messageKey()).isEqualTo("analysis.check.rollUpDiffers");
            assertThat(c.arguments()).containsExactly("88.0", "80.0", "9/9");
        });
    }

    @Test
    void sumsAddAndMeansAverage() {
        for (int i = 0; i < CITIES.size(); i++) {
            fx.value("V06", CITIES.get(i), "2014Q4", 280 + i).value("F08", CITIES.get(i), "2014Q4", i);
        }
        fx.store();
        assertThat(row("2014Q4", null, "V06", 2015).value()).isCloseTo(284.0, within(1e-12));
        assertThat(row("2014Q4", null, "F08", null).value()).isEqualTo(36.0);
        assertThat(row("2014Q4", null, "F08", null).status()).isEqualTo(Status.NO_TARGET);
        assertThat(row("2014Q4", null, "P10", null).status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void annualIndicatorsAreJudgedInQ4OnlyAndYesTargetsAtOne() {
        fx.value("V08", "220000", "2013Q4", 1).store();
        StatusRow q4 = row("2013Q4", null, "V08", 2015);
        assertThat(q4.status()).isEqualTo(Status.ACHIEVED);
        assertThat(q4.comparator().code()).isEqualTo("yes");
        StatusRow q2 = row("2014Q2", null, "V08", 2015);
        assertThat(q2.status()).isEqualTo(Status.NO_DATA);
        assertThat(q2.explanation().messageKey()).isEqualTo("analysis.explain.annualOnly");
    }

    @Test
    void aRangeTargetForAYearlyFlowStartsFromZeroAtThePreviousQ4() {
        fx.value("F19", "220000", "2013Q2", 6).store();
        StatusRow r = row("2013Q2", null, "F19", 2013);
        assertThat(r.comparator().code()).isEqualTo("range");
        assertThat(r.target()).isEqualTo(10.0);
        assertThat(r.targetMax()).isEqualTo(15.0);
        assertThat(r.baseValue()).isEqualTo(0.0);
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2012Q4"));
        assertThat(r.expected()).isCloseTo(5.0, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void withoutATargetYearThereIsOneRowPerIndicatorAndTargetYear() {
        List<StatusRow> rows = fx.workspace().status().status(Period.parse("2015Q4"), null, null, Method.TIME_PROGRESS,
                true);
        assertThat(rows.stream().filter(r -> r.indicator().code().equals("P07")).map(StatusRow::targetYear))
                .containsExactly(2020);
        assertThat(rows.stream().filter(r -> r.indicator().code().equals("P01"))).singleElement()
                .satisfies(r -> assertThat(r.targetYear()).isNull());
        assertThat(rows).hasSize(64);
        List<StatusRow> only2015 = fx.workspace().status().status(Period.parse("2015Q4"), null, 2015,
                Method.TIME_PROGRESS, true);
        assertThat(only2015).hasSize(64).allSatisfy(r -> assertThat(r.targetYear()).isEqualTo(2015));
    }

    @Test
    void childrenRankTheCitiesAndTrendFollowsThePeriods() {
        for (int i = 0; i < CITIES.size(); i++) {
            fx.ratio("V01", CITIES.get(i), "2013Q1", 70 + i, 100).ratio("V01", CITIES.get(i), "2013Q2", 71 + i, 100);
        }
        fx.store();
        List<StatusRow> cities = fx.workspace().status().children(Period.parse("2013Q2"), "220000", "V01", null,
                Method.TIME_PROGRESS);
        assertThat(cities).extracting(StatusRow::regionCode).containsExactlyElementsOf(CITIES);
        assertThat(cities).allSatisfy(r -> assertThat(r.targetYear()).isEqualTo(2015));
        assertThat(cities.get(8).value()).isCloseTo(79.0, within(1e-12));
        List<StatusRow> trend = fx.workspace().status().trend("V01", "220000", Period.parse("2012Q4"),
                Period.parse("2013Q2"), 2015, Method.TIME_PROGRESS);
        assertThat(trend).extracting(StatusRow::period).containsExactly(Period.parse("2012Q4"),
                Period.parse("2013Q1"), Period.parse("2013Q2"));
        assertThat(trend.get(0).status()).isEqualTo(Status.NO_DATA);
        assertThat(trend.get(2).value()).isCloseTo(75.0, within(1e-12));
    }

    @Test
    void thresholdsAreStoredAsSettings() {
        fx.ratio("V01", "220000", "2010Q4", 86, 100).ratio("V01", "220000", "2013Q2", 88.5, 100).store();
        assertThat(row("2013Q2", null, "V01", 2015).status()).isEqualTo(Status.ON_TRACK);
        fx.workspace().status().settings().save(new Thresholds(1.3, 0.6, 0));
        assertThat(fx.workspace().status().settings().thresholds()).isEqualTo(new Thresholds(1.3, 0.6, 0));
        assertThat(row("2013Q2", null, "V01", 2015).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void dataChecksFindJumpsMissingReturnsAndTargetsMetAtBaseline() {
        fx.ratio("V01", "220100", "2013Q1", 60, 100).ratio("V01", "220100", "2013Q2", 85, 100)
                .ratio("V01", "220200", "2013Q1", 80, 100).ratio("V01", "220200", "2013Q2", 81, 100)
                .value("F08", "220200", "2013Q1", 10).value("F08", "220200", "2013Q2", 16)
                .ratio("V07", "220000", "2010Q4", 100, 100).store();
        var checks = fx.workspace().status().checks(Period.parse("2013Q2"), "220000");
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.regionCode()).isEqualTo("220100");
            assertThat(c.messageKey()).isEqualTo("analysis.check.jumpPoints");
            assertThat(c.arguments()).containsExactly("2013Q1", "60.0", "85.0", "25.0");
        });
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.regionCode()).isEqualTo("220200");
            assertThat(c.indicatorCode()).isEqualTo("F08");
            assertThat(c.messageKey()).isEqualTo("analysis.check.jumpPercent");
        });
        assertThat(checks).noneMatch(c -> c.regionCode().equals("220200") && "V01".equals(c.indicatorCode()));
        assertThat(checks).filteredOn(c -> c.messageKey().equals("analysis.check.missingReturn"))
                .extracting(c -> c.regionCode()).contains("220300", "222400").doesNotContain("220100", "220200");
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.regionCode()).isEqualTo("220000");
            assertThat(c.indicatorCode()).isEqualTo("V07");
            assertThat(c.messageKey()).isEqualTo("analysis.check.metAtBaseline");
        });
    }

    @Test
    void aCityIsNeverJudgedAgainstTheProvincesTotal() {
        fx.value("P09", "220100", "2010Q4", 40.0).value("P09", "220100", "2015Q4", 42.1)
                .value("P09", "220000", "2015Q4", 320.0).store();
        StatusRow changchun = row("2015Q4", "220100", "P09", 2015);
        assertThat(changchun.value()).isEqualTo(42.1);
        assertThat(changchun.status()).isEqualTo(Status.NO_TARGET);
        assertThat(changchun.target()).isNull();
        assertThat(fx.workspace().status().status(Period.parse("2015Q4"), "220100", null, Method.TIME_PROGRESS))
                .filteredOn(r -> r.indicator().code().equals("P09")).singleElement()
                .satisfies(r -> assertThat(r.targetYear()).isNull());
        assertThat(row("2015Q4", "220000", "P09", 2015).target()).isEqualTo(400.0);
    }

    @Test
    void openSdgMovesAMissingBaseValueToTheFirstLaterOne() {
        fx.ratio("V01", "220200", "2011Q2", 800, 1000).ratio("V01", "220200", "2012Q4", 840, 1000)
                .ratio("V01", "220200", "2013Q4", 850, 1000).store();
        StatusRow city = fx.workspace().status().status(Period.parse("2013Q4"), "220200", 2015, Method.OPEN_SDG)
                .stream().filter(r -> r.indicator().code().equals("V01")).findFirst().orElseThrow();
        assertThat(city.basePeriod()).isEqualTo(Period.parse("2011Q2"));
        assertThat(city.baseValue()).isCloseTo(80.0, within(1e-9));
        double expected = OpenSdg.cagr(85, 80, 2.5) / Math.abs(OpenSdg.cagr(90, 80, 4.5));
        assertThat(city.progressRatio()).isCloseTo(expected, within(1e-12));
        assertThat(city.explanation().text(Messages.of(Locale.CHINA)))
                .endsWith("；基期 2010年第4季度 无数据，以其后第一个有数据的 2011年第2季度 为基期");
        assertThat(row("2013Q4", "220200", "V01", 2015).status()).isEqualTo(Status.NOT_MET);
    }
}
