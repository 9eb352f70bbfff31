package org.zhibiao.report;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Sets every text of a chart in the bundled CJK font, keeping each text's size and style. */
public final class ChartFonts {

    private ChartFonts() {
    }

    public static JFreeChart useReportFont(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            title(chart.getSubtitle(i));
        }
        if (chart.getTitle() != null) {
            title(chart.getTitle());
        }
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
            for (int i = 0; i < p.getRendererCount(); i++) {
                if (p.getRenderer(i) != null) {
                    p.getRenderer(i).setDefaultItemLabelFont(swap(p.getRenderer(i).getDefaultItemLabelFont()));
                }
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
        }
        plot.setNoDataMessageFont(swap(plot.getNoDataMessageFont()));
        return chart;
    }

    private static void title(Title title) {
        if (title instanceof TextTitle t) {
            t.setFont(swap(t.getFont()));
        } else if (title instanceof LegendTitle l) {
            l.setItemFont(swap(l.getItemFont()));
        }
    }

    private static void axis(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(swap(axis.getLabelFont()));
            axis.setTickLabelFont(swap(axis.getTickLabelFont()));
        }
    }

    private static Font swap(Font font) {
        Font base = font == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 10) : font;
        return ReportFont.awt(base.getSize2D()).deriveFont(base.getStyle() & ~Font.BOLD);
    }
}
