package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Period;

/** 阳江市's 2014 plan: flows with yearly and cumulative targets, a lower-is-better rate. */
class YangjiangStatusTest {

    @TempDir
    Path dir;

    private StatusFixture fx;

    @BeforeEach
    void open() {
        fx = StatusFixture.create(dir.resolve("yj.db"), "441700");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private StatusRow row(String period, String indicator, int year, Method method) {
        return fx.workspace().status().status(Period.parse(period), null, year, method).stream()
                .filter(r -> r.indicator().code().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void trainedEnterprisesAgainstAYearlyTargetOf300() {
        fx.value("F16", "441700", "2014Q4", 320).value("F16", "441700", "2015Q2", 170).store();
        StatusRow r = row("2015Q2", "F16", 2015, Method.TIME_PROGRESS);
        assertThat(r.baseValue()).isEqualTo(0.0);
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2014Q4"));
        assertThat(r.timeProgress()).isEqualTo(0.5);
        assertThat(r.expected()).isCloseTo(150.0, within(1e-12));
        assertThat(r.progressRatio()).isCloseTo(170.0 / 150, within(1e-12));
        assertThat(r.gapToTarget()).isCloseTo(130.0, within(1e-12));
        assertThat(r.gapToExpected()).isCloseTo(-20.0, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.ON_TRACK);
        assertThat(row("2014Q4", "F16", 2014, Method.TIME_PROGRESS).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aCumulativeTargetAddsTheYearsSinceTheBaseYearToTheYearToDate() {
        fx.value("F01", "441700", "2013Q4", 9).value("F01", "441700", "2014Q4", 5)
                .value("F01", "441700", "2015Q2", 2).store();
        StatusRow r = row("2015Q2", "F01", 2015, Method.TIME_PROGRESS);
        assertThat(r.value()).isEqualTo(7.0);
        assertThat(r.basePeriod()).isEqualTo(Period.parse("2013Q4"));
        assertThat(r.timeProgress()).isEqualTo(0.75);
        assertThat(r.expected()).isCloseTo(6.0, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.ON_TRACK);
        fx.value("F01", "441700", "2015Q4", 3).store();
        assertThat(row("2015Q4", "F01", 2015, Method.TIME_PROGRESS).status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aRepairRateIsBetterLower() {
        fx.ratio("P13", "441700", "2013Q4", 8, 100).ratio("P13", "441700", "2014Q4", 7.5, 100).store();
        StatusRow r = row("2014Q4", "P13", 2015, Method.TIME_PROGRESS);
        assertThat(r.comparator().code()).isEqualTo("<=");
        assertThat(r.baseValue()).isCloseTo(8.0, within(1e-12));
        assertThat(r.expected()).isCloseTo(6.5, within(1e-12));
        assertThat(r.progressRatio()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.gapToTarget()).isCloseTo(2.5, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.OFF_TRACK);
        StatusRow sdg = row("2014Q4", "P13", 2015, Method.OPEN_SDG);
        double growth = Math.pow(7.5 / 8, 1) - 1;
        double needed = Math.abs(Math.pow(5.0 / 8, 1 / 2.0) - 1);
        assertThat(sdg.progressRatio()).isCloseTo(-growth / needed, within(1e-9));
        assertThat(sdg.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void noAccidentsIsMetAndOneIsARegression() {
        fx.value("E08", "441700", "2015Q1", 0).value("E08", "441700", "2015Q2", 1).store();
        assertThat(row("2015Q1", "E08", 2015, Method.TIME_PROGRESS).status()).isEqualTo(Status.ACHIEVED);
        assertThat(row("2015Q2", "E08", 2015, Method.TIME_PROGRESS).status()).isEqualTo(Status.REGRESSING);
    }
}
