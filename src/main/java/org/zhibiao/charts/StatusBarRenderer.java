package org.zhibiao.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.zhibiao.analysis.Status;

/**
 * Bars coloured by each category's status and labelled with the status symbol and a text, so a
 * greyscale print still tells the statuses apart. Series 0 is filled; any further series is
 * drawn as an outline in the same colour (e.g. the gap to the expected-by-now value).
 */
final class StatusBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Status> statuses;

    StatusBarRenderer(List<Status> statuses, List<String> labels) {
        this.statuses = List.copyOf(statuses);
        List<String> texts = List.copyOf(labels);
        setShadowVisible(false);
        setDrawBarOutline(true);
        setItemMargin(0.05);
        setMaximumBarWidth(0.08);
        setDefaultItemLabelGenerator(new Labels(this.statuses, texts));
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelPaint(ChartTheme.INK);
        setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column) + " — "
                + dataset.getRowKey(row) + ": " + this.statuses.get(column).symbol() + " "
                + texts.get(column));
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return row == 0 ? StatusStyle.color(statuses.get(column)) : Color.WHITE;
    }

    @Override
    public Paint getItemOutlinePaint(int row, int column) {
        return row == 0 ? ChartTheme.INK : StatusStyle.color(statuses.get(column));
    }

    @Override
    public java.awt.Stroke getItemOutlineStroke(int row, int column) {
        return row == 0 ? new BasicStroke(0.5f) : new BasicStroke(2f);
    }

    @Override
    public boolean isItemLabelVisible(int row, int column) {
        return row == 0 && super.isItemLabelVisible(row, column);
    }

    private record Labels(List<Status> statuses, List<String> texts) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return statuses.get(column).symbol() + " " + texts.get(column);
        }
    }
}
