package org.zhibiao.report;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Direction;

/**
 * The report's charts as horizontal bars: actual and expected-by-now as a share of the target
 * (100 = target met, so indicators of different units share one scale), and the gap to target.
 */
public final class StandardReportCharts implements ReportCharts {

    private static final Color ACTUAL = new Color(0x2F, 0x5D, 0x9E);
    private static final Color EXPECTED = new Color(0xB0, 0xBE, 0xD3);
    private static final Color GAP = new Color(0xC0, 0x50, 0x3C);

    private final ReportText text;

    public StandardReportCharts(ReportText text) {
        this.text = text;
    }

    @Override
    public JFreeChart actualVsTarget(String title, List<StatusRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String actual = text.get("report.col.value");
        String expected = text.get("report.col.expected");
        for (StatusRow row : rows) {
            String name = text.name(row.indicator());
            data.addValue(share(row, row.value()), actual, name);
            if (row.expected() != null) {
                data.addValue(share(row, row.expected()), expected, name);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        style(chart, ACTUAL, EXPECTED);
        return chart;
    }

    @Override
    public JFreeChart gap(String title, List<StatusRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String gap = text.get("report.col.gapTarget");
        for (StatusRow row : rows) {
            data.addValue(row.gapToTarget(), gap, text.name(row.indicator()));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        style(chart, GAP, GAP);
        return chart;
    }

    /** A value as a percentage of the target, turned round for lower-is-better indicators. */
    private static Double share(StatusRow row, Double value) {
        if (value == null || row.target() == null || row.target() == 0) {
            return null;
        }
        if (row.indicator().direction() == Direction.LOWER) {
            return value == 0 ? null : 100 * row.target() / value;
        }
        return 100 * value / row.target();
    }

    private static void style(JFreeChart chart, Color first, Color second) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, first);
        renderer.setSeriesPaint(1, second);
        renderer.setItemMargin(0.05);
    }
}
