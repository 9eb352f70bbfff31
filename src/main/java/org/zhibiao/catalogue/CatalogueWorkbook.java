package org.zhibiao.catalogue;

import static org.zhibiao.catalogue.CatalogueLayout.CODE_ROW;
import static org.zhibiao.catalogue.CatalogueLayout.FIRST_DATA_ROW;
import static org.zhibiao.catalogue.CatalogueLayout.LABEL_ROW;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;

/**
 * Writes the catalogue as one workbook an officer can edit: sheet 指标, sheet 目标 (grouped by
 * plan), sheet 规划, sheet 口径变化 and sheet 说明.
 * Row 1 holds Chinese labels, row 2 the stable column codes the import reads, data starts in
 * row 3; enumerations offer drop-down lists. {@link CatalogueWorkbookReader} reads it back.
 */
public final class CatalogueWorkbook {

    private static final int SPARE_ROWS = 500;

    private CatalogueWorkbook() {
    }

    /** What the workbook holds; {@code monitorChoices}: by indicator code, 纳入监测 (true) or 取消监测 (false). */
    public record Content(List<Indicator> indicators, List<Target> targets, List<Plan> plans,
                          Map<String, Boolean> monitorChoices, List<DefinitionChange> definitionChanges) {
    }

    public static void write(Content content, OutputStream out) throws IOException {
        List<Plan> plans = content.plans();
        Map<String, Boolean> monitorChoices = content.monitorChoices();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            fill(workbook.createSheet(CatalogueLayout.INDICATORS), CatalogueLayout.INDICATOR_COLUMNS,
                    content.indicators().stream().map(i -> CatalogueRows.of(i, monitorChoices.get(i.code()))).toList(), styles);
            fill(workbook.createSheet(CatalogueLayout.TARGETS), CatalogueLayout.TARGET_COLUMNS,
                    byPlan(content.targets(), plans).stream().map(CatalogueRows::of).toList(), styles);
            fill(workbook.createSheet(CatalogueLayout.PLANS), CatalogueLayout.PLAN_COLUMNS,
                    plans.stream().map(CatalogueRows::of).toList(), styles);
            fill(workbook.createSheet(CatalogueLayout.DEFINITIONS), CatalogueLayout.DEFINITION_COLUMNS,
                    content.definitionChanges().stream().map(CatalogueRows::of).toList(), styles);
            CatalogueReadme.write(workbook.createSheet(CatalogueLayout.README), styles.label);
            workbook.write(out);
        }
    }

    /** The targets grouped by plan, in the plans' order (targets of no known plan last), each group in its order. */
    static List<Target> byPlan(List<Target> targets, List<Plan> plans) {
        Map<String, Integer> order = new HashMap<>();
        plans.forEach(p -> order.put(p.code(), order.size()));
        return targets.stream()
                .sorted(Comparator.comparingInt(t -> order.getOrDefault(t.doc(), order.size())))
                .toList();
    }

    private static void fill(Sheet sheet, List<CatalogueColumn> columns, List<List<Object>> rows, Styles styles) {
        Row labels = sheet.createRow(LABEL_ROW);
        Row codes = sheet.createRow(CODE_ROW);
        for (int c = 0; c < columns.size(); c++) {
            CatalogueColumn column = columns.get(c);
            labels.createCell(c).setCellValue(column.label());
            labels.getCell(c).setCellStyle(styles.label);
            codes.createCell(c).setCellValue(column.code());
            codes.getCell(c).setCellStyle(styles.code);
            sheet.setColumnWidth(c, Math.min(255, column.width()) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(FIRST_DATA_ROW + r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null && !v.toString().isEmpty()) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        addChoices(sheet, columns, FIRST_DATA_ROW + rows.size() + SPARE_ROWS);
    }

    private static void addChoices(Sheet sheet, List<CatalogueColumn> columns, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            List<String> choices = columns.get(c).choices();
            if (choices.isEmpty()) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                    new CellRangeAddressList(FIRST_DATA_ROW, lastRow, c, c));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
    }

    /** The two header styles. */
    static final class Styles {
        final CellStyle label;
        final CellStyle code;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            code = workbook.createCellStyle();
            code.setFont(grey);
        }
    }
}
