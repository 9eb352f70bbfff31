package org.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

/**
 * Quarterly history of one indicator for one region (solid line, dots), the target path from the
 * baseline to each target year (dashed for the first target year, dotted for the next) and the
 * targets as large points; a vertical line marks the current quarter, and a red one each change
 * of definition (口径调整) that makes earlier values not comparable: the line is not drawn across it.
 */
public final class TrendChart {

    private static final Color[] TARGET_COLORS = {ChartTheme.TARGET_EARLIER, ChartTheme.TARGET_LATEST};
    private static final BasicStroke[] PATH_STROKES = {ChartTheme.DASHED, ChartTheme.DOTTED};

    private final ChartTheme theme;
    private final Messages messages;

    public TrendChart(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    public JFreeChart create(String title, String axisLabel, TrendData data) {
        XYSeriesCollection paths = new XYSeriesCollection();
        XYSeriesCollection targets = new XYSeriesCollection();
        for (TrendData.Trajectory t : data.trajectories()) {
            XYSeries path = new XYSeries(messages.get("charts.series.path", String.valueOf(t.targetYear())));
            path.add(QuarterAxis.x(t.from()), t.fromValue());
            path.add(QuarterAxis.x(t.to()), t.toValue());
            paths.addSeries(path);
            XYSeries target = new XYSeries(messages.get("charts.series.target", String.valueOf(t.targetYear())));
            target.add(QuarterAxis.x(t.to()), t.toValue());
            targets.addSeries(target);
        }
        NumberAxis values = new NumberAxis(axisLabel);
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(actual(data), timeAxis(data), values, actualRenderer());
        plot.setDataset(1, paths);
        plot.setRenderer(1, pathRenderer(paths.getSeriesCount()));
        plot.setDataset(2, targets);
        plot.setRenderer(2, targetRenderer(targets.getSeriesCount()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        if (data.current() != null) {
            plot.addDomainMarker(currentMarker(data.current()));
        }
        double middle = plot.getDomainAxis().getRange().getCentralValue();
        data.breaks().forEach(b -> plot.addDomainMarker(breakMarker(b, breakX(b) > middle)));
        JFreeChart chart = new JFreeChart(title, plot);
        theme.apply(chart);
        plot.setDomainGridlinesVisible(false);
        return chart;
    }

    private XYSeriesCollection actual(TrendData data) {
        XYSeries actual = new XYSeries(messages.get("charts.series.actual"));
        data.actual().forEach(p -> actual.add(QuarterAxis.x(p.period()), p.value()));
        data.breaks().forEach(b -> actual.add(breakX(b), null));
        return new XYSeriesCollection(actual);
    }

    private NumberAxis timeAxis(TrendData data) {
        Period first = null;
        Period last = null;
        for (TrendData.Point p : data.actual()) {
            first = min(first, p.period());
            last = max(last, p.period());
        }
        for (TrendData.Trajectory t : data.trajectories()) {
            first = min(first, t.from());
            last = max(last, t.to());
        }
        if (first == null) {
            first = data.current() != null ? data.current() : Period.of(2015, 4);
            last = first;
        }
        return QuarterAxis.create(messages.get("charts.axis.quarter"), first, last);
    }

    private static Period min(Period a, Period b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static Period max(Period a, Period b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private XYLineAndShapeRenderer actualRenderer() {
        XYLineAndShapeRenderer r = ChartTheme.keepSeriesStyle(new XYLineAndShapeRenderer(true, true));
        r.setSeriesPaint(0, ChartTheme.INK);
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setDefaultToolTipGenerator((dataset, series, item) -> QuarterAxis.period(dataset.getXValue(series, item))
                + ": " + String.format(messages.locale(), "%.2f", dataset.getYValue(series, item)));
        return r;
    }

    private static XYLineAndShapeRenderer pathRenderer(int count) {
        XYLineAndShapeRenderer r = ChartTheme.keepSeriesStyle(new XYLineAndShapeRenderer(true, false));
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, TARGET_COLORS[i % TARGET_COLORS.length]);
            r.setSeriesStroke(i, PATH_STROKES[i % PATH_STROKES.length]);
        }
        return r;
    }

    private static XYLineAndShapeRenderer targetRenderer(int count) {
        XYLineAndShapeRenderer r = ChartTheme.keepSeriesStyle(new XYLineAndShapeRenderer(false, true));
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, TARGET_COLORS[i % TARGET_COLORS.length]);
            r.setSeriesShape(i, i % 2 == 0 ? ActualVsTargetChart.diamond(8) : new Rectangle2D.Double(-7, -7, 14, 14));
        }
        return r;
    }

    /** Half a quarter before the first quarter of the new definition: between the last old value and the first new one. */
    private static double breakX(Period from) {
        return QuarterAxis.x(from) - 0.5;
    }

    /** The line, labelled on the side with more room: left of it in the later half of the chart. */
    private ValueMarker breakMarker(Period from, boolean labelLeft) {
        ValueMarker marker = new ValueMarker(breakX(from), ChartTheme.BREAK, ChartTheme.DASHED);
        marker.setLabel(messages.get("charts.definitionBreak"));
        marker.setLabelFont(theme.font(java.awt.Font.BOLD, 11));
        marker.setLabelPaint(ChartTheme.BREAK);
        marker.setLabelAnchor(labelLeft ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(labelLeft ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private ValueMarker currentMarker(Period current) {
        ValueMarker marker = new ValueMarker(QuarterAxis.x(current), Color.GRAY, new BasicStroke(1f));
        marker.setLabel(current.toString());
        marker.setLabelFont(theme.font(java.awt.Font.PLAIN, 11));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }
}
