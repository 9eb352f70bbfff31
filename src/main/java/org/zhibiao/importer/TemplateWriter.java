package org.zhibiao.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.domain.Indicator;

/** Writes the blank return of RETURNS.md: the table sheet, the instructions and the hidden meta sheet. */
public final class TemplateWriter {

    private static final int[] WIDTHS = {6, 11, 56, 10, 12, 12, 12, 20};

    public void write(TemplateSpec spec, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            writeTable(workbook.createSheet(ReturnLayout.MAIN_SHEET), spec, styles);
            writeHelp(workbook.createSheet(ReturnLayout.HELP_SHEET), spec, styles);
            writeMeta(workbook.createSheet(ReturnLayout.META_SHEET), spec);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void writeTable(XSSFSheet sheet, TemplateSpec spec, TemplateStyles styles) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        text(sheet.createRow(0), 0, spec.region().name() + "质量发展主要指标季度报表", styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, ReturnLayout.HEADERS.length - 1));
        Row info = sheet.createRow(1);
        text(info, 0, ReturnLayout.UNIT_LABEL, styles.label());
        text(info, 1, spec.region().name(), styles.label());
        text(info, 3, ReturnLayout.CODE_LABEL, styles.label());
        text(info, 4, spec.region().code(), styles.label());
        text(info, 5, ReturnLayout.PERIOD_LABEL, styles.label());
        text(info, 6, spec.period().toChinese(), styles.label());
        Row header = sheet.createRow(ReturnLayout.HEADER_ROW);
        for (int c = 0; c < ReturnLayout.HEADERS.length; c++) {
            text(header, c, ReturnLayout.HEADERS[c], styles.header());
        }
        List<Indicator> indicators = spec.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            writeIndicatorRow(sheet.createRow(ReturnLayout.FIRST_DATA_ROW + i), i + 1, indicators.get(i), styles);
        }
        new TemplateValidations(sheet).add(indicators);
        writeSignatures(sheet.createRow(ReturnLayout.FIRST_DATA_ROW + indicators.size() + 1), styles);
        sheet.createFreezePane(0, ReturnLayout.FIRST_DATA_ROW);
        sheet.enableLocking();
    }

    private static void writeIndicatorRow(Row row, int number, Indicator indicator, TemplateStyles styles) {
        row.createCell(0).setCellValue(number);
        row.getCell(0).setCellStyle(styles.label());
        text(row, 1, indicator.code(), styles.label());
        text(row, 2, ReturnLayout.displayName(indicator), styles.label());
        text(row, 3, indicator.unit(), styles.label());
        for (int c = 4; c <= 7; c++) {
            row.createCell(c).setCellStyle(c == 7 ? styles.inputText() : styles.input(indicator.decimals()));
        }
    }

    private static void writeSignatures(Row row, TemplateStyles styles) {
        for (int i = 0; i < ReturnLayout.SIGNATURES.length; i++) {
            text(row, i * 2, ReturnLayout.SIGNATURES[i], styles.label());
            row.createCell(i * 2 + 1).setCellStyle(styles.inputText());
        }
    }

    private static void writeHelp(XSSFSheet sheet, TemplateSpec spec, TemplateStyles styles) {
        sheet.setColumnWidth(0, 100 * 256);
        List<String> lines = List.of(
                "填报说明",
                "1. 本表由各地区质量技术监督部门填报，每季度结束后报送；只在“本期值”“分子”“分母”“备注”栏填写。",
                "2. 本期值为年初至本季度末的累计数（例如第3季度填1—9月的数），年度指标只在第4季度报表中出现。",
                "3. 计量单位以“计量单位”栏为准：百分比指标填百分数（95.2% 填 95.2），不要再乘以或除以100。",
                "4. 比率类指标请填写分子和分母，本期值可留空，由系统计算；只填本期值时该数不能参与逐级汇总。",
                "5. 无法统计或不适用的指标，本期值填“—”或留空，并在备注栏说明原因。",
                "6. 请勿修改指标编码、指标名称和表头，勿增删行列；表中数字不要带“约”“≥”等文字。",
                "7. 填报完成后由单位负责人审核，填写填表人、联系电话和报出日期后报送。");
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i), 0, lines.get(i), i == 0 ? styles.title() : styles.wrap());
        }
        writeSources(sheet, lines.size() + 1, spec, styles);
    }

    /** Which plan asks for each indicator of the table, so a region knows why it reports it. */
    private static void writeSources(XSSFSheet sheet, int firstRow, TemplateSpec spec, TemplateStyles styles) {
        text(sheet.createRow(firstRow), 0, "本表指标及其出处", styles.title());
        int r = firstRow + 1;
        for (Indicator indicator : spec.indicators()) {
            List<String> plans = spec.plansOf(indicator);
            String source = plans.isEmpty() ? "本单位纳入监测的指标（无规划目标）" : String.join("；", plans);
            text(sheet.createRow(r++), 0, indicator.code() + " " + indicator.nameZh() + "：" + source, styles.wrap());
        }
    }

    private static void writeMeta(XSSFSheet sheet, TemplateSpec spec) {
        String[][] pairs = {
            {"format_version", ReturnLayout.FORMAT_VERSION},
            {"region_code", spec.region().code()},
            {"period", spec.period().toString()},
            {"generated_at", spec.generatedAt().toString()},
            {"catalogue_version", spec.catalogueVersion()},
        };
        int r = 0;
        for (String[] pair : pairs) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(pair[0]);
            row.createCell(1).setCellValue(pair[1]);
        }
        for (Indicator indicator : spec.indicators()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue("indicator");
            row.createCell(1).setCellValue(indicator.code());
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

}
