package org.zhibiao.charts;

import java.awt.Font;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;

/** The common finish of horizontal category charts: readable names, a zero line, room for labels. */
final class CategoryPlots {

    private CategoryPlots() {
    }

    static void finish(CategoryPlot plot, ChartTheme theme) {
        CategoryAxis names = plot.getDomainAxis();
        names.setMaximumCategoryLabelWidthRatio(0.32f);
        names.setMaximumCategoryLabelLines(1);
        names.setTickLabelFont(theme.font(Font.PLAIN, 11));
        names.setCategoryMargin(0.25);
        plot.getRangeAxis().setUpperMargin(0.15);
        plot.getRangeAxis().setLowerMargin(0.08);
        plot.setDomainGridlinesVisible(false);
        plot.getRenderer().setDefaultItemLabelFont(theme.font(Font.PLAIN, 12));
        ValueMarker zero = new ValueMarker(0, ChartTheme.INK, new java.awt.BasicStroke(1f));
        plot.addRangeMarker(zero);
    }
}
