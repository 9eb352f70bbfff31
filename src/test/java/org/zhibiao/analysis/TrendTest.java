package org.zhibiao.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** STATUS.md "Trend without a target": the growth rate and its four words, at each threshold. */
class TrendTest {

    @ParameterizedTest(name = "{0} → {1}, higher is better: {2}")
    @CsvSource({
        "100, 101.5, IMPROVING_FAST",
        "100, 101.4, IMPROVING",
        "100, 100.5, IMPROVING",
        "100, 100.4, STABLE",
        "100, 100,   STABLE",
        "100, 99.9,  WORSENING",
        "-10, -9,    IMPROVING_FAST",
        "-10, -11,   WORSENING",
    })
    void higherIsBetter(double base, double actual, Trend expected) {
        assertThat(Trend.of(Trend.value(actual, base, 1, 1))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}, lower is better: {2}")
    @CsvSource({
        "8.0, 7.88, IMPROVING_FAST",
        "8.0, 7.96, IMPROVING",
        "8.0, 7.97, STABLE",
        "8.0, 8.0,  STABLE",
        "8.0, 8.1,  WORSENING",
    })
    void lowerIsBetter(double base, double actual, Trend expected) {
        assertThat(Trend.of(Trend.value(actual, base, 1, -1))).isEqualTo(expected);
    }

    @Test
    void theValueIsTheSignedGrowthRate() {
        assertThat(Trend.value(110, 100, 1, 1)).isCloseTo(0.10, offset(1e-12));
        assertThat(Trend.value(121, 100, 2, 1)).isCloseTo(0.10, offset(1e-12));
        assertThat(Trend.value(90, 100, 1, -1)).isCloseTo(0.10, offset(1e-12));
    }

    @Test
    void aValueCrossingZeroOrNoTimeIsNotJudged() {
        assertThat(Trend.value(2, -1, 1, 1)).isNaN();
        assertThat(Trend.value(-2, 1, 1, 1)).isNaN();
        assertThat(Trend.value(101, 100, 0, 1)).isNaN();
    }

    @Test
    void aZeroBaseCountsAsOneThousandth() {
        assertThat(Trend.of(Trend.value(3, 0, 1, 1))).isEqualTo(Trend.IMPROVING_FAST);
        assertThat(Trend.value(0, 0, 1, 1)).isEqualTo(-1.0);
    }
}
