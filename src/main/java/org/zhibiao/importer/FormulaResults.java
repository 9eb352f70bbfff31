package org.zhibiao.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Results of formulas saved without one (RETURNS.md: "the cached result, else evaluated"),
 * computed with POI's evaluator. A formula it cannot compute (an unsupported function, a link to
 * another workbook) stays without result, and the return is refused with its cell named.
 */
final class FormulaResults {

    private static final Logger LOG = Logger.getLogger(FormulaResults.class.getName());
    /** The whole workbook is loaded to compute; above this size the return is refused instead. */
    static final long MAX_XLSX_BYTES = 4L * 1024 * 1024;

    private FormulaResults() {
    }

    /**
     * Replaces the kept cells' formulas without a result by their computed results. Only called
     * when there are such formulas: this class is the one on the .xlsx path that loads POI.
     */
    static void computeXlsx(Path file, List<SheetData> sheets) throws IOException {
        if (Files.size(file) > MAX_XLSX_BYTES) {
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (SheetData kept : sheets) {
                Sheet sheet = workbook.getSheet(kept.name());
                for (CellData formula : kept.unevaluatedFormulas()) {
                    Row row = sheet == null ? null : sheet.getRow(formula.row());
                    Cell cell = row == null ? null : row.getCell(formula.column());
                    Optional.ofNullable(cell).flatMap(c -> result(evaluator, c)).ifPresent(kept::add);
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** What the evaluator computes for a formula cell, or nothing when it cannot. */
    static Optional<CellData> result(FormulaEvaluator evaluator, Cell cell) {
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "formula not computed: " + cell.getAddress(), e);
            return Optional.empty();
        }
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        return switch (value.getCellType()) {
            case NUMERIC -> Double.isFinite(value.getNumberValue())
                    ? Optional.of(CellData.ofNumber(row, column, BigDecimal.valueOf(value.getNumberValue()),
                            isPercent(cell)))
                    : Optional.empty();
            case STRING -> Optional.of(CellData.ofText(row, column, value.getStringValue()));
            case BOOLEAN -> Optional.of(CellData.ofText(row, column,
                    Boolean.toString(value.getBooleanValue()).toUpperCase()));
            case ERROR -> Optional.of(CellData.ofText(row, column,
                    FormulaError.forInt(value.getErrorValue()).getString()));
            default -> Optional.empty();
        };
    }

    static boolean isPercent(Cell cell) {
        return cell.getCellStyle().getDataFormatString().contains("%");
    }
}
