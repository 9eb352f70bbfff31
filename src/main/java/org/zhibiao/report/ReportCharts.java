package org.zhibiao.report;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.charts.ActualVsTargetChart;
import org.zhibiao.charts.ChartTheme;
import org.zhibiao.charts.GapChart;
import org.zhibiao.charts.StatusDatasets;
import org.zhibiao.charts.ValueText;
import org.zhibiao.i18n.Messages;

/**
 * The report's two charts of a category, from the shared chart factories: actual against the
 * targets on the progress scale (baseline 0, target 100), and the gap to the report year's target.
 */
public final class ReportCharts {

    private final Messages messages;
    private final StatusDatasets datasets;

    public ReportCharts(Messages messages) {
        this.messages = messages;
        this.datasets = new StatusDatasets(new ValueText(messages), code -> code);
    }

    /** @param rows the category's rows for every target year */
    public JFreeChart actualVsTarget(String title, List<StatusRow> rows) {
        return roomForLabels(new ActualVsTargetChart(ChartTheme.standard(), messages)
                .create(title, messages.get("report.chart.progressAxis"), datasets.progressByIndicator(rows)), 0.3);
    }

    /** @param rows the category's rows for the report's target year */
    public JFreeChart gap(String title, List<StatusRow> rows) {
        return roomForLabels(new GapChart(ChartTheme.standard(), messages)
                .create(title, messages.get("report.chart.gapAxis"), datasets.gapsByIndicator(rows)), 0.6);
    }

    /** Space at both ends of the value axis for the value labels beside the bars, and for longer names. */
    private static JFreeChart roomForLabels(JFreeChart chart, double margin) {
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.getRangeAxis().setUpperMargin(margin);
            plot.getRangeAxis().setLowerMargin(margin);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        }
        return chart;
    }
}
