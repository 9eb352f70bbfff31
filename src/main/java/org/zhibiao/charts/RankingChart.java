package org.zhibiao.charts;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.zhibiao.analysis.Status;
import org.zhibiao.i18n.Messages;

/**
 * Regions under a parent as horizontal bars in the order given (best first), coloured by status,
 * with the target (or the on-track threshold of the progress ratio) as a dashed line. The value
 * axis spans the values and the target, not zero, so close values stay apart.
 */
public final class RankingChart {

    private final ChartTheme theme;
    private final Messages messages;

    public RankingChart(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    /** {@code targetLine} and {@code targetLabel} may be null (no line). */
    public JFreeChart create(String title, String axisLabel, List<RankItem> items, Double targetLine,
                             String targetLabel) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RankItem item : items) {
            dataset.addValue(item.value(), messages.get("charts.series.actual"), item.label());
        }
        List<Status> statuses = items.stream().map(RankItem::status).toList();
        List<String> texts = items.stream().map(RankItem::valueText).toList();
        StatusBarRenderer renderer = new StatusBarRenderer(statuses, texts);
        renderer.setIncludeBaseInRange(false);
        NumberAxis values = new NumberAxis(axisLabel);
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        theme.apply(chart);
        CategoryPlots.finish(plot, theme);
        if (targetLine != null) {
            plot.addRangeMarker(targetMarker(targetLine, targetLabel));
            Range range = Range.expandToInclude(values.getRange(), targetLine);
            double pad = Math.max(range.getLength() * 0.08, 1e-6);
            values.setRange(range.getLowerBound() - pad, range.getUpperBound() + pad);
        }
        LegendItemCollection legend = Legends.statuses(statuses, messages);
        plot.setFixedLegendItems(legend);
        return chart;
    }

    private ValueMarker targetMarker(double value, String label) {
        ValueMarker marker = new ValueMarker(value, ChartTheme.TARGET_LATEST, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(theme.font(java.awt.Font.BOLD, 11));
        marker.setLabelPaint(ChartTheme.TARGET_LATEST);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }
}
