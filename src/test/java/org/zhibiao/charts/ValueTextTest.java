package org.zhibiao.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhibiao.catalogue.BuiltinCatalogue;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;

/** The one number format for people: decimals, units, signed gaps in percentage points, no −0.0. */
class ValueTextTest {

    private static final ValueText ZH = new ValueText(Messages.of(Locale.CHINA));
    private static final ValueText EN = new ValueText(Messages.of(Locale.ENGLISH));

    private static Indicator indicator(String code) {
        return BuiltinCatalogue.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void gapsAreSignedInPercentagePointsForRatesAndNeverMinusZero() {
        Indicator rate = indicator("P07");
        assertThat(ZH.gap(rate, 8.24)).isEqualTo("+8.2 个百分点");
        assertThat(ZH.gap(rate, -0.7)).isEqualTo("−0.7 个百分点");
        assertThat(ZH.gap(rate, -0.04)).isEqualTo("0.0 个百分点");
        assertThat(EN.gap(rate, 8.24)).startsWith("+8.2 ");
        assertThat(ZH.gap(indicator("P09"), 357.9)).isEqualTo("+357.9 万辆");
    }

    @Test
    void valuesKeepTheIndicatorsDecimalsAndCountsAreIntegers() {
        assertThat(ZH.value(indicator("P07"), 90.952059)).isEqualTo("91.0%");
        assertThat(ValueText.number(-0.04, 1)).isEqualTo("0.0");
        assertThat(ValueText.number(85.45, 1)).isEqualTo("85.5");
        assertThat(ValueText.count(1347.0)).isEqualTo("1347");
    }

    @Test
    void everyUnitOfTheCatalogueHasAnEnglishFormAndPercentStaysASymbol() {
        for (Indicator i : BuiltinCatalogue.indicators()) {
            assertThat(EN.unit(i)).as(i.code() + " " + i.unit()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(ZH.unit(i)).as(i.code()).isEqualTo(i.unit());
        }
        assertThat(EN.unit(indicator("P07"))).isEqualTo("%");
        assertThat(EN.value(indicator("P09"), 357.94)).isEqualTo("357.9 10k vehicles");
        assertThat(EN.gap(indicator("V06"), -3.0)).isEqualTo("−3 days");
        assertThat(EN.gapUnit(indicator("S01"))).isEqualTo("points");
        assertThat(ZH.value(indicator("S01"), 80.0)).isEqualTo("80.0 分");
    }

    @Test
    void aUnitTheVocabularyDoesNotKnowIsShownAsStored() {
        Indicator p09 = indicator("P09");
        Indicator custom = new Indicator("X01", "自定义", "Custom", p09.category(), "吨", p09.kind(), p09.measure(),
                p09.factor(), "", "", p09.direction(), p09.frequency(), 1, "", null);
        assertThat(EN.value(custom, 12.0)).isEqualTo("12.0 吨");
    }
}
