package org.zhibiao.importer;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a template: locked labels and unlocked input cells. */
final class TemplateStyles {

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle inputText;
    private final Map<Integer, CellStyle> inputs = new HashMap<>();

    TemplateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(bold);
        title.setAlignment(HorizontalAlignment.CENTER);
        label = workbook.createCellStyle();
        header = bordered();
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        inputText = bordered();
        inputText.setLocked(false);
    }

    CellStyle title() {
        return title;
    }

    CellStyle label() {
        return label;
    }

    CellStyle header() {
        return header;
    }

    CellStyle wrap() {
        return wrap;
    }

    CellStyle inputText() {
        return inputText;
    }

    /** An unlocked number cell showing the indicator's decimals. */
    CellStyle input(int decimals) {
        return inputs.computeIfAbsent(decimals, d -> {
            CellStyle s = bordered();
            s.setLocked(false);
            s.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
