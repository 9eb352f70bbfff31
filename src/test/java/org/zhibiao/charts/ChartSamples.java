package org.zhibiao.charts;

import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.Status;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;

/** Small datasets as the dashboard would hand them to the factories. */
final class ChartSamples {

    private ChartSamples() {
    }

    static List<TargetComparison> comparisons() {
        return List.of(
                TargetComparison.of("产品质量监督抽查合格率", 62.5, 50.0, Map.of(2015, 80.0, 2020, 100.0),
                        Status.ON_TRACK, "88.5%"),
                TargetComparison.of("工程质量一次验收合格率", 20.0, 50.0, Map.of(2015, 70.0, 2020, 100.0),
                        Status.OFF_TRACK, "91.0%"),
                TargetComparison.of("服务质量满意度", -10.0, 50.0, Map.of(2020, 100.0), Status.REGRESSING, "78.0"));
    }

    static List<GapItem> gaps() {
        return List.of(
                new GapItem("长春市", 0.5, -0.2, Status.ON_TRACK, "0.5 pp"),
                new GapItem("吉林市", 2.5, 1.5, Status.OFF_TRACK, "2.5 pp"),
                new GapItem("四平市", -0.3, -1.0, Status.ACHIEVED, "−0.3 pp"),
                new GapItem("辽源市", null, null, Status.NO_DATA, "—"));
    }

    static List<RankItem> ranking() {
        return List.of(
                new RankItem("长春市", 96.0, Status.ACHIEVED, "96.0%"),
                new RankItem("吉林市", 93.5, Status.AT_RISK, "93.5%"),
                new RankItem("四平市", 90.1, Status.OFF_TRACK, "90.1%"));
    }

    static TrendData trend() {
        List<TrendData.Point> actual = List.of(
                new TrendData.Point(Period.of(2010, 4), 86.0),
                new TrendData.Point(Period.of(2011, 4), 86.9),
                new TrendData.Point(Period.of(2012, 4), 87.4),
                new TrendData.Point(Period.of(2013, 2), 88.5));
        List<TrendData.Trajectory> paths = List.of(
                new TrendData.Trajectory(2015, Period.of(2010, 4), 86.0, Period.of(2015, 4), 90.0),
                new TrendData.Trajectory(2020, Period.of(2010, 4), 86.0, Period.of(2020, 4), 95.0));
        return new TrendData(actual, paths, Period.of(2013, 2));
    }

    static HeatMapData heatMap() {
        List<Period> periods = List.of(Period.of(2015, 1), Period.of(2015, 2), Period.of(2015, 3));
        return new HeatMapData(List.of("长春市", "吉林市"), periods, Map.of(
                new HeatMapData.Cell(0, Period.of(2015, 1)), Submission.State.RECEIVED,
                new HeatMapData.Cell(0, Period.of(2015, 2)), Submission.State.REVISED,
                new HeatMapData.Cell(1, Period.of(2015, 1)), Submission.State.REJECTED));
    }
}
