package org.zhibiao.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A report table as a real Word table whose header row repeats on every page. */
final class DocxTable {

    private static final int TEXT_WIDTH_TWIPS = 9525;
    private static final String HEADER_FILL = "E8ECF2";

    private final XWPFDocument document;

    DocxTable(XWPFDocument document) {
        this.document = document;
    }

    void add(org.zhibiao.report.Block.Table block) {
        XWPFTable table = document.createTable(block.rows().size() + 1, block.header().size());
        table.setWidth(Integer.toString(TEXT_WIDTH_TWIPS));
        int[] widths = widths(block.widths());
        grid(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        fill(header, block.header(), widths, block.numeric(), true);
        for (int r = 0; r < block.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            fill(row, block.rows().get(r), widths, block.numeric(), false);
        }
        document.createParagraph();
    }

    /** Column widths in the table grid, which is what word processors lay a table out by. */
    private static void grid(XWPFTable table, int[] widths) {
        var ct = table.getCTTbl();
        var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        var layout = ct.getTblPr().isSetTblLayout() ? ct.getTblPr().getTblLayout() : ct.getTblPr().addNewTblLayout();
        layout.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    }

    private static int[] widths(List<Float> relative) {
        double total = relative.stream().mapToDouble(Float::doubleValue).sum();
        int[] widths = new int[relative.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.round(TEXT_WIDTH_TWIPS * relative.get(i) / total);
        }
        return widths;
    }

    private static void fill(XWPFTableRow row, List<String> values, int[] widths, List<Boolean> numeric,
            boolean header) {
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widths[c]));
            if (header) {
                cell.setColor(HEADER_FILL);
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(header ? ParagraphAlignment.CENTER
                    : numeric.get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            p.setSpacingAfter(0);
            XWPFRun run = p.createRun();
            run.setText(c < values.size() ? values.get(c) : "");
            run.setBold(header);
            DocxReportWriter.font(run, 8);
        }
    }
}
