package org.zhibiao.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.zhibiao.analysis.Status;
import org.zhibiao.i18n.Messages;

/**
 * Actual value per indicator (or per region) as horizontal bars coloured by status and named
 * with the status symbol and the value in its own unit, with the
 * targets (the latest target year as an upright bar, earlier ones as diamonds) and the
 * expected-by-now value (circle) marked on each bar's row.
 */
public final class ActualVsTargetChart {

    private static final Shape[] EARLIER_SHAPES = {diamond(7), triangleDown(7), new Rectangle2D.Double(-5, -5, 10, 10)};

    private final ChartTheme theme;
    private final Messages messages;

    public ActualVsTargetChart(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    public JFreeChart create(String title, String axisLabel, List<TargetComparison> items) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset marks = new DefaultCategoryDataset();
        SortedSet<Integer> years = new TreeSet<>();
        items.forEach(i -> years.addAll(i.targets().keySet()));
        for (TargetComparison item : items) {
            String row = item.label() + "  " + item.status().symbol() + " " + item.valueText();
            bars.addValue(item.actual(), messages.get("charts.series.actual"), row);
            for (int year : years) {
                marks.addValue(item.targets().get(year), targetName(year), row);
            }
            marks.addValue(item.expected(), messages.get("charts.series.expected"), row);
        }
        List<Status> statuses = items.stream().map(TargetComparison::status).toList();
        List<String> texts = items.stream().map(TargetComparison::valueText).toList();
        StatusBarRenderer renderer = new StatusBarRenderer(statuses, texts);
        renderer.setDefaultItemLabelsVisible(false);
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis(), new NumberAxis(axisLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer(years.size()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, plot);
        theme.apply(chart);
        CategoryPlots.finish(plot, theme);
        LegendItemCollection legend = Legends.statuses(statuses, messages);
        legend.addAll(plot.getRenderer(1).getLegendItems());
        plot.setFixedLegendItems(legend);
        return chart;
    }

    private String targetName(int year) {
        return messages.get("charts.series.target", String.valueOf(year));
    }

    private LineAndShapeRenderer markRenderer(int targetYears) {
        LineAndShapeRenderer r = ChartTheme.keepSeriesStyle(new LineAndShapeRenderer(false, true));
        for (int i = 0; i < targetYears; i++) {
            boolean last = i == targetYears - 1;
            Shape shape = last ? new Rectangle2D.Double(-2, -9, 4, 18) : EARLIER_SHAPES[i % EARLIER_SHAPES.length];
            mark(r, i, shape, last ? ChartTheme.TARGET_LATEST : ChartTheme.TARGET_EARLIER, true);
        }
        mark(r, targetYears, new Ellipse2D.Double(-5, -5, 10, 10), ChartTheme.EXPECTED, false);
        r.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + " — "
                + dataset.getRowKey(row) + ": " + String.format(messages.locale(), "%.1f", dataset.getValue(row, column)));
        return r;
    }

    private static void mark(LineAndShapeRenderer r, int series, Shape shape, Color color, boolean filled) {
        r.setSeriesShape(series, shape);
        r.setSeriesPaint(series, color);
        r.setSeriesFillPaint(series, filled ? color : Color.WHITE);
        r.setSeriesOutlinePaint(series, color);
        r.setSeriesShapesFilled(series, filled);
        r.setSeriesOutlineStroke(series, new java.awt.BasicStroke(2f));
    }

    private static Shape triangleDown(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-s, -s);
        p.lineTo(s, -s);
        p.lineTo(0, s);
        p.closePath();
        return p;
    }

    static Shape diamond(double s) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -s);
        p.lineTo(s, 0);
        p.lineTo(0, s);
        p.lineTo(-s, 0);
        p.closePath();
        return p;
    }
}
