package org.zhibiao.charts;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;

/**
 * Regions (rows) × quarters (columns), each cell coloured by the state of the return and, when
 * the cells are large enough to read, marked with the state's symbol.
 */
public final class SubmissionsHeatMap {

    private static final int MAX_SYMBOLS = 1600;

    private final ChartTheme theme;
    private final Messages messages;

    public SubmissionsHeatMap(ChartTheme theme, Messages messages) {
        this.theme = theme;
        this.messages = messages;
    }

    public JFreeChart create(String title, HeatMapData data) {
        int cells = data.regions().size() * data.periods().size();
        double[][] xyz = new double[3][cells];
        int k = 0;
        for (int r = 0; r < data.regions().size(); r++) {
            for (int p = 0; p < data.periods().size(); p++) {
                xyz[0][k] = p;
                xyz[1][k] = r;
                xyz[2][k] = data.state(r, data.periods().get(p)).ordinal();
                k++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("states", xyz);
        XYPlot plot = new XYPlot(dataset, quarterAxis(data.periods()), regionAxis(data.regions()), renderer());
        plot.setFixedLegendItems(legend());
        JFreeChart chart = new JFreeChart(title, plot);
        theme.apply(chart);
        if (cells <= MAX_SYMBOLS) {
            addSymbols(plot, data);
        }
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return chart;
    }

    private XYBlockRenderer renderer() {
        LookupPaintScale scale = new LookupPaintScale(0, Submission.State.values().length,
                StatusStyle.color(Submission.State.MISSING));
        for (Submission.State s : Submission.State.values()) {
            scale.add(s.ordinal(), StatusStyle.color(s));
        }
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(0.92);
        r.setBlockHeight(0.88);
        r.setDefaultToolTipGenerator((dataset, series, item) -> {
            XYZDataset xyz = (XYZDataset) dataset;
            Submission.State state = Submission.State.values()[(int) xyz.getZValue(series, item)];
            return state.symbol() + " " + stateName(state);
        });
        return r;
    }

    private void addSymbols(XYPlot plot, HeatMapData data) {
        int cells = data.regions().size() * data.periods().size();
        Font font = theme.font(Font.BOLD, cells > 600 ? 8 : cells > 150 ? 11 : 15);
        for (int r = 0; r < data.regions().size(); r++) {
            for (int p = 0; p < data.periods().size(); p++) {
                Submission.State s = data.state(r, data.periods().get(p));
                XYTextAnnotation a = new XYTextAnnotation(s.symbol(), p, r);
                a.setFont(font);
                a.setPaint(StatusStyle.textOn(s));
                plot.addAnnotation(a, false);
            }
        }
    }

    private NumberAxis quarterAxis(List<Period> periods) {
        NumberAxis axis = new NumberAxis(messages.get("charts.axis.quarter"));
        axis.setRange(-0.5, periods.size() - 0.5);
        int step = Math.max(1, (int) Math.ceil(periods.size() / 14.0));
        axis.setTickUnit(new NumberTickUnit(step, new Labels(periods)));
        axis.setVerticalTickLabels(periods.size() > 10);
        return axis;
    }

    private SymbolAxis regionAxis(List<String> regions) {
        SymbolAxis axis = new SymbolAxis(messages.get("charts.axis.region"), regions.toArray(String[]::new));
        axis.setInverted(true);
        axis.setGridBandsVisible(false);
        return axis;
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Submission.State s : Submission.State.values()) {
            if (s != Submission.State.LOCKED) {
                items.add(new LegendItem(s.symbol() + " " + stateName(s), null, null, null,
                        new Rectangle2D.Double(-5, -5, 10, 10), StatusStyle.color(s), new java.awt.BasicStroke(0.5f),
                        ChartTheme.INK));
            }
        }
        return items;
    }

    private String stateName(Submission.State s) {
        return messages.get(s.messageKey());
    }

    private static final class Labels extends NumberFormat {

        private static final long serialVersionUID = 1L;
        private final List<Period> periods;

        Labels(List<Period> periods) {
            this.periods = List.copyOf(periods);
        }

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            int i = (int) Math.round(number);
            return i >= 0 && i < periods.size() ? out.append(periods.get(i)) : out;
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
