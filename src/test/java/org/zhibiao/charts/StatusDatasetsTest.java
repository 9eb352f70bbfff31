package org.zhibiao.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhibiao.analysis.Explanation;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

class StatusDatasetsTest {

    static final Indicator PASS_RATE = new Indicator("P01", "产品质量监督抽查合格率", "Spot-check pass rate",
            Category.PRODUCT, "%", IndicatorKind.RATIO, null, 100.0, "合格", "抽查", Direction.HIGHER,
            Frequency.QUARTERLY, 1, "", null);
    static final Indicator REPAIR = new Indicator("S02", "返修率", "Repair rate", Category.SERVICE, "%",
            IndicatorKind.RATIO, null, 100.0, "", "", Direction.LOWER, Frequency.QUARTERLY, 1, "", null);
    static final Period NOW = Period.of(2013, 2);

    private final Map<String, String> names = Map.of("220100", "长春市", "220200", "吉林市", "220300", "四平市");
    private final StatusDatasets datasets = new StatusDatasets(new ValueText(Messages.of(Messages.CHINESE)), names::get);

    /** STATUS.md's "pass rate, half-way" example, against 2015 (90) and 2020 (94). */
    static StatusRow row(Indicator indicator, String region, int year, double target, Double value, Double expected,
                         Double ratio, Status status) {
        double base = 86.0;
        int d = indicator.direction().sign();
        return new StatusRow(indicator, region, NOW, value, null, null, Source.REPORTED, null, year,
                Comparator.AT_LEAST, target, null, Period.of(2010, 4), base, 0.5, expected,
                value == null ? null : (value - base) / (target - base), ratio,
                value == null ? null : d * (target - value), value == null || expected == null ? null : d * (expected - value),
                status, region, Explanation.of("analysis.explain.test"), null, null);
    }

    @Test
    void acrossIndicatorsTheTargetInForceIsHundredAndTheBaselineZero() {
        List<StatusRow> rows = List.of(
                row(PASS_RATE, "220000", 2015, 90, 88.5, 88.0, 1.25, Status.ON_TRACK),
                row(PASS_RATE, "220000", 2020, 94, 88.5, 87.0, 2.5, Status.ON_TRACK));
        List<TargetComparison> items = datasets.progressByIndicator(rows);
        assertThat(items).hasSize(1);
        TargetComparison item = items.get(0);
        assertThat(item.label()).isEqualTo("产品质量监督抽查合格率");
        assertThat(item.targets()).containsEntry(2015, 100.0).containsEntry(2020, 200.0);
        assertThat(item.actual()).isCloseTo(62.5, within(1e-9));
        assertThat(item.expected()).isCloseTo(50.0, within(1e-9));
        assertThat(item.valueText()).isEqualTo("88.5%");
    }

    @Test
    void anIndicatorWithoutBaselineIsLeftOutOfTheProgressScale() {
        StatusRow noBase = new StatusRow(PASS_RATE, "220000", NOW, 88.0, null, null, Source.REPORTED, null, 2015,
                Comparator.AT_LEAST, 90.0, null, null, null, null, null, null, null, 2.0, null, Status.NOT_MET,
                "220000", Explanation.of("analysis.explain.test"), null, null);
        assertThat(datasets.progressByIndicator(List.of(noBase))).isEmpty();
    }

    @Test
    void gapsByRegionStayInTheUnitAndSayPercentagePoints() {
        List<GapItem> gaps = datasets.gapsByRegion(List.of(
                row(PASS_RATE, "220100", 2015, 90, 88.5, 88.0, 1.25, Status.ON_TRACK),
                row(PASS_RATE, "220200", 2015, 90, 87.5, 88.0, 0.75, Status.AT_RISK)));
        assertThat(gaps).extracting(GapItem::label).containsExactly("长春市", "吉林市");
        assertThat(gaps.get(1).gapToTarget()).isCloseTo(2.5, within(1e-9));
        assertThat(gaps.get(1).gapToExpected()).isCloseTo(0.5, within(1e-9));
        assertThat(gaps.get(1).valueText()).isEqualTo("+2.5 个百分点");
    }

    @Test
    void gapsByIndicatorAreShareOfTheDistance() {
        List<GapItem> gaps = datasets.gapsByIndicator(List.of(row(PASS_RATE, "220000", 2015, 90, 87.0, 88.0, 0.5,
                Status.OFF_TRACK)));
        assertThat(gaps.get(0).gapToTarget()).isCloseTo(75.0, within(1e-9));
        assertThat(gaps.get(0).gapToExpected()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void rankingByValueFollowsTheIndicatorsDirection() {
        List<StatusRow> higher = List.of(
                row(PASS_RATE, "220100", 2015, 90, 87.0, 88.0, 0.5, Status.OFF_TRACK),
                row(PASS_RATE, "220200", 2015, 90, 89.0, 88.0, 1.5, Status.ON_TRACK),
                row(PASS_RATE, "220300", 2015, 90, null, 88.0, null, Status.NO_DATA));
        assertThat(datasets.rankByValue(higher)).extracting(RankItem::label).containsExactly("吉林市", "长春市", "四平市");
        List<StatusRow> lower = List.of(
                row(REPAIR, "220100", 2015, 5, 7.0, 6.5, 0.3, Status.OFF_TRACK),
                row(REPAIR, "220200", 2015, 5, 6.0, 6.5, 1.2, Status.ON_TRACK));
        assertThat(datasets.rankByValue(lower)).extracting(RankItem::label).containsExactly("吉林市", "长春市");
        assertThat(datasets.rankByProgress(higher)).extracting(RankItem::label).containsExactly("吉林市", "长春市", "四平市");
        assertThat(StatusDatasets.commonTarget(higher)).isEqualTo(90.0);
    }

    @Test
    void trendHasThePathFromBaselineToEachTarget() {
        TrendData data = StatusDatasets.trend(
                List.of(row(PASS_RATE, "220000", 2015, 90, 87.0, 88.0, 0.5, Status.OFF_TRACK)),
                List.of(row(PASS_RATE, "220000", 2020, 94, 88.5, 87.0, 2.5, Status.ON_TRACK),
                        row(PASS_RATE, "220000", 2015, 90, 88.5, 88.0, 1.25, Status.ON_TRACK)), NOW);
        assertThat(data.actual()).containsExactly(new TrendData.Point(NOW, 87.0));
        assertThat(data.trajectories()).containsExactly(
                new TrendData.Trajectory(2015, Period.of(2010, 4), 86.0, Period.of(2015, 4), 90.0),
                new TrendData.Trajectory(2020, Period.of(2010, 4), 86.0, Period.of(2020, 4), 94.0));
    }
}
