package org.zhibiao.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.report.Block;

/** Draws a table with ruled cells, wrapping text in cells and repeating the header on every page. */
final class PdfTable {

    private static final float SIZE = 8f;
    private static final float LEADING = 10.5f;
    private static final float PAD = 3f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);

    private final PdfPages pages;

    PdfTable(PdfPages pages) {
        this.pages = pages;
    }

    void draw(Block.Table table) throws IOException {
        float[] widths = widths(table.widths());
        List<List<String>> header = cells(table.header(), widths);
        float headerHeight = height(header);
        List<List<List<String>>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(row, widths));
        }
        float first = rows.isEmpty() ? 0 : height(rows.get(0));
        pages.ensure(headerHeight + first);
        row(header, widths, table.numeric(), true);
        for (List<List<String>> row : rows) {
            if (pages.ensure(height(row))) {
                row(header, widths, table.numeric(), true);
            }
            row(row, widths, table.numeric(), false);
        }
        pages.down(8);
    }

    private static float[] widths(List<Float> relative) {
        float total = (float) relative.stream().mapToDouble(Float::doubleValue).sum();
        float[] widths = new float[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PdfPages.width() * relative.get(i) / total;
        }
        return widths;
    }

    private List<List<String>> cells(List<String> row, float[] widths) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.size() ? row.get(i) : "";
            cells.add(pages.wrap(text, SIZE, widths[i] - 2 * PAD, 0));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * LEADING + 2 * PAD;
    }

    private void row(List<List<String>> cells, float[] widths, List<Boolean> numeric, boolean header)
            throws IOException {
        float height = height(cells);
        float top = pages.y();
        float x = PdfPages.LEFT;
        var stream = pages.stream();
        if (header) {
            stream.setNonStrokingColor(HEADER_FILL);
            stream.addRect(x, top - height, PdfPages.width(), height);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
        }
        stream.setLineWidth(0.5f);
        for (int i = 0; i < widths.length; i++) {
            stream.addRect(x, top - height, widths[i], height);
            stream.stroke();
            boolean right = !header && i < numeric.size() && numeric.get(i);
            cell(cells.get(i), x, top, widths[i], right, header);
            x += widths[i];
        }
        pages.down(height);
    }

    private void cell(List<String> lines, float x, float top, float width, boolean right, boolean header)
            throws IOException {
        float baseline = top - PAD - SIZE;
        for (String line : lines) {
            float w = pages.width(line, SIZE);
            float tx = right ? x + width - PAD - w : header ? x + (width - w) / 2 : x + PAD;
            pages.text(line, tx, baseline, SIZE, header);
            baseline -= LEADING;
        }
    }
}
