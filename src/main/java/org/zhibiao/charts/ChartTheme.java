package org.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The one look of Zhibiao's charts, on screen and on paper: the bundled CJK font, white
 * background, light grid lines, no shadows or gradients.
 */
public final class ChartTheme {

    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color INK = new Color(0x212121);
    public static final Color TARGET_EARLIER = new Color(0x1565C0);
    public static final Color TARGET_LATEST = new Color(0x4A148C);
    public static final Color EXPECTED = new Color(0x424242);
    /** A change of definition (口径调整) across which values are not compared. */
    public static final Color BREAK = new Color(0xE65100);
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    public static final BasicStroke DOTTED = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1.5f, 3.5f}, 0f);

    private final String fontFamily;
    private final StandardChartTheme theme;

    ChartTheme(String fontFamily) {
        this.fontFamily = fontFamily;
        this.theme = build(fontFamily);
    }

    private static ChartTheme standard;

    /** The theme of every chart, drawn with the bundled font (registered on first use). */
    public static synchronized ChartTheme standard() {
        if (standard == null) {
            standard = new ChartTheme(BundledFont.register());
        }
        return standard;
    }

    public String fontFamily() {
        return fontFamily;
    }

    public Font font(int style, float size) {
        return new Font(fontFamily, style, Math.round(size));
    }

    public void apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
    }

    /** Keeps the series colours and strokes a factory set when the theme is applied. */
    static <R extends AbstractRenderer> R keepSeriesStyle(R renderer) {
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesFillPaint(false);
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        return renderer;
    }

    private static StandardChartTheme build(String family) {
        StandardChartTheme t = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        t.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        t.setLargeFont(new Font(family, Font.BOLD, 13));
        t.setRegularFont(new Font(family, Font.PLAIN, 12));
        t.setSmallFont(new Font(family, Font.PLAIN, 10));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setPlotOutlinePaint(GRID);
        t.setTitlePaint(INK);
        t.setSubtitlePaint(INK);
        t.setAxisLabelPaint(INK);
        t.setTickLabelPaint(INK);
        t.setItemLabelPaint(INK);
        t.setLegendItemPaint(INK);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        return t;
    }
}
