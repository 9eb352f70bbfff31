package org.zhibiao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2015Q3", "2015-Q3", "2015年第3季度", "2015年第三季度", "2015年三季度", "2015年1-9月",
        "2015年1—9月", "报告期：2015年第3季度", "２０１５Ｑ３", "2015 q3"})
    void findsTheQuarterInEveryFormReturnsUse(String text) {
        assertThat(Period.find(text)).contains(Period.of(2015, 3));
    }

    @Test
    void yearToDateMonthRangesMapToQuarters() {
        assertThat(Period.find("2014年1-3月")).contains(Period.of(2014, 1));
        assertThat(Period.find("2014年1-6月")).contains(Period.of(2014, 2));
        assertThat(Period.find("2014年1-12月")).contains(Period.of(2014, 4));
    }

    @Test
    void textWithoutAPeriodGivesNothing() {
        assertThat(Period.find("长春市质量发展主要指标季度报表")).isEmpty();
        assertThat(Period.find("2015年")).isEmpty();
    }

    @Test
    void strictParsingAcceptsOnlyTheCliForm() {
        assertThat(Period.parse("2010Q4")).isEqualTo(Period.of(2010, 4));
        assertThat(Period.parseStrict("2015-Q3")).isEmpty();
        assertThat(Period.parseStrict("2015Q5")).isEmpty();
        assertThatThrownBy(() -> Period.parse("Q3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quarterIndexOrdersAndCountsQuarters() {
        assertThat(Period.of(2015, 3).index()).isEqualTo(2015 * 4 + 2);
        assertThat(Period.of(2010, 4).quartersUntil(Period.of(2015, 4))).isEqualTo(20);
        assertThat(Period.fromIndex(Period.of(2013, 2).index())).isEqualTo(Period.of(2013, 2));
        assertThat(Period.of(2015, 1).previous()).isEqualTo(Period.of(2014, 4));
        assertThat(Period.of(2015, 3).toString()).isEqualTo("2015Q3");
        assertThat(Period.of(2015, 3).toChinese()).isEqualTo("2015年第3季度");
    }
}
