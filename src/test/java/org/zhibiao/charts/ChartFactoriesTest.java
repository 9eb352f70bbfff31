package org.zhibiao.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.zhibiao.analysis.Status;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;

class ChartFactoriesTest {

    private final ChartTheme theme = ChartTheme.standard();
    private final Messages zh = Messages.of(Messages.CHINESE);

    @Test
    void theThemeUsesTheBundledChineseFontWhateverTheSystemLanguageAndAWhiteBackground() {
        assertThat(theme.fontFamily()).isEqualTo(BundledFont.FAMILY);
        JFreeChart chart = new RankingChart(theme, zh).create("排名", "%", ChartSamples.ranking(), 95.0, "目标 95");
        java.awt.Font title = chart.getTitle().getFont();
        assertThat(title.getFamily(Locale.ENGLISH)).as("under " + Locale.getDefault()).isEqualTo(BundledFont.FAMILY);
        assertThat(title.canDisplayUpTo("排名 ●▲◆■▼✕○ 个百分点")).isEqualTo(-1);
        assertThat(chart.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
    }

    @Test
    void actualVsTargetHasOneBarPerItemAndTheTargetAndExpectedMarks() {
        JFreeChart chart = new ActualVsTargetChart(theme, zh).create("实际与目标", "进度 %", ChartSamples.comparisons());
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset bars = plot.getDataset(0);
        assertThat(bars.getColumnKeys()).containsExactly("产品质量监督抽查合格率  ▲ 88.5%", "工程质量一次验收合格率  ■ 91.0%",
                "服务质量满意度  ▼ 78.0");
        assertThat(bars.getValue(0, 1)).isEqualTo(20.0);
        CategoryDataset marks = plot.getDataset(1);
        assertThat(marks.getRowKeys()).containsExactly("2015年目标", "2020年目标", "按进度应达到");
        assertThat(marks.getValue(0, 0)).isEqualTo(80.0);
        assertThat(marks.getValue(0, 2)).isNull();
        assertThat(plot.getRenderer(0).getItemPaint(0, 1)).isEqualTo(StatusStyle.color(Status.OFF_TRACK));
        assertThat(labels(plot.getFixedLegendItems())).contains("▲ 进度正常", "■ 滞后", "▼ 倒退", "2020年目标");
    }

    @Test
    void gapChartPutsTheLargestShortfallFirstWithBothGaps() {
        JFreeChart chart = new GapChart(theme, zh).create("差距", "百分点", ChartSamples.gaps());
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(data.getColumnKeys()).containsExactly("吉林市", "长春市", "四平市", "辽源市");
        assertThat(data.getRowKeys()).containsExactly("距目标差距", "距进度差距");
        assertThat(data.getValue("距进度差距", "吉林市")).isEqualTo(1.5);
        assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(StatusStyle.color(Status.OFF_TRACK));
        assertThat(rangeMarkerValues(plot)).contains(0.0);
    }

    @Test
    void trendStillDrawsWhenZoomedOutFarBeyondAnyQuarter() {
        JFreeChart chart = new TrendChart(theme, zh).create("趋势", "%", ChartSamples.trend());
        chart.getXYPlot().getDomainAxis().setRange(-500, 12_000);
        java.awt.image.BufferedImage image = chart.createBufferedImage(600, 400);
        assertThat(image.getWidth()).isEqualTo(600);
    }

    @Test
    void trendShowsHistoryPathsFromBaselineToEachTargetAndTheTargetsAsPoints() {
        JFreeChart chart = new TrendChart(theme, zh).create("趋势", "%", ChartSamples.trend());
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(4);
        XYDataset paths = plot.getDataset(1);
        assertThat(paths.getSeriesKey(0)).isEqualTo("2015年目标路径");
        assertThat(paths.getYValue(0, 0)).isEqualTo(86.0);
        assertThat(paths.getYValue(1, 1)).isEqualTo(95.0);
        assertThat(QuarterAxis.period(paths.getXValue(1, 1))).hasToString("2020Q4");
        XYDataset targets = plot.getDataset(2);
        assertThat(targets.getSeriesKey(1)).isEqualTo("2020年目标");
        assertThat(targets.getItemCount(1)).isEqualTo(1);
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThan(QuarterAxis.x(org.zhibiao.domain.Period.of(2020, 4)));
        assertThat(((ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next()).getLabel()).isEqualTo("2013Q2");
    }

    @Test
    void rankingKeepsTheGivenOrderAndDrawsTheTargetLine() {
        JFreeChart chart = new RankingChart(theme, zh).create("排名", "%", ChartSamples.ranking(), 95.0, "2015年目标 95");
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("长春市", "吉林市", "四平市");
        assertThat(rangeMarkerValues(plot)).contains(95.0);
    }

    @Test
    void heatMapHasACellPerRegionAndQuarterColouredByState() {
        JFreeChart chart = new SubmissionsHeatMap(theme, Messages.of(Messages.ENGLISH)).create("Returns", ChartSamples.heatMap());
        XYPlot plot = chart.getXYPlot();
        XYZDataset cells = (XYZDataset) plot.getDataset();
        assertThat(cells.getItemCount(0)).isEqualTo(6);
        assertThat(cells.getZValue(0, 0)).isEqualTo(Submission.State.RECEIVED.ordinal());
        assertThat(cells.getZValue(0, 3)).isEqualTo(Submission.State.REJECTED.ordinal());
        assertThat(cells.getZValue(0, 5)).isEqualTo(Submission.State.MISSING.ordinal());
        assertThat(labels(plot.getFixedLegendItems())).containsExactly("✓ received", "↻ revised", "– missing", "⊗ rejected");
        assertThat(plot.getAnnotations()).hasSize(6);
    }

    private static List<String> labels(LegendItemCollection items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            out.add(item.getLabel());
        }
        return out;
    }

    private static List<Double> rangeMarkerValues(CategoryPlot plot) {
        List<Double> out = new ArrayList<>();
        for (Object m : plot.getRangeMarkers(Layer.FOREGROUND)) {
            out.add(((ValueMarker) (Marker) m).getValue());
        }
        return out;
    }
}
