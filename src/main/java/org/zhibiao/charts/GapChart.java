package org.zhibiao.charts;

import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.zhibiao.analysis.Status;
import org.zhibiao.i18n.Messages;

/**
 * Diverging horizontal bars of the gap to the target (filled) and to the expected-by-now value
 * (outlined), largest shortfall at the top; right of zero is still short, left is ahead.
 */
public final class GapChart {

    private static final Comparator<GapItem> LARGEST_SHORTFALL_FIRST = Comparator.comparing(GapItem::gapToTarget,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final ChartTheme theme;
    private final Messages messages;

    public GapChart(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    public JFreeChart create(String title, String axisLabel, List<GapItem> items) {
        List<GapItem> sorted = items.stream().sorted(LARGEST_SHORTFALL_FIRST).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (GapItem item : sorted) {
            dataset.addValue(item.gapToTarget(), messages.get("charts.series.gapToTarget"), item.label());
            dataset.addValue(item.gapToExpected(), messages.get("charts.series.gapToExpected"), item.label());
        }
        List<Status> statuses = sorted.stream().map(GapItem::status).toList();
        List<String> texts = sorted.stream().map(GapItem::valueText).toList();
        StatusBarRenderer renderer = new StatusBarRenderer(statuses, texts);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(axisLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        theme.apply(chart);
        CategoryPlots.finish(plot, theme);
        LegendItemCollection legend = Legends.statuses(statuses, messages);
        legend.add(Legends.outline(messages.get("charts.series.gapToTarget"), true));
        legend.add(Legends.outline(messages.get("charts.series.gapToExpected"), false));
        plot.setFixedLegendItems(legend);
        return chart;
    }
}
