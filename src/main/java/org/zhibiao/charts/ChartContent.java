package org.zhibiao.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/** What a chart holds, for sizing it on screen: its number of rows and whether it has any value at all. */
public final class ChartContent {

    private ChartContent() {
    }

    /** The categories (bars' rows) of a category chart; 0 for any other chart. */
    public static int rows(JFreeChart chart) {
        if (chart != null && chart.getPlot() instanceof CategoryPlot plot && plot.getDataset() != null) {
            return plot.getDataset().getColumnCount();
        }
        return 0;
    }

    /** Whether any of the chart's datasets holds a value. */
    public static boolean hasData(JFreeChart chart) {
        if (chart == null) {
            return false;
        }
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDatasetCount(); i++) {
                if (hasValue(category.getDataset(i))) {
                    return true;
                }
            }
            return false;
        }
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                if (hasValue(xy.getDataset(i))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean hasValue(CategoryDataset data) {
        if (data == null) {
            return false;
        }
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                if (data.getValue(r, c) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasValue(XYDataset data) {
        if (data == null) {
            return false;
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                if (!Double.isNaN(data.getYValue(s, i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
