package org.zhibiao.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Excel 97–2003 .xls through POI HSSF, row by row into {@link KeptCells}. Formula cells are
 * computed by POI's evaluator: an .xls keeps a result for every formula, but programs that write
 * one without computing it store 0. Where the evaluator cannot compute, the saved result is used.
 */
final class XlsReader {

    private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";
    /** HSSF holds the whole workbook in memory, several times the file's size. */
    static final long MAX_XLS_BYTES = 10L * 1024 * 1024;

    private XlsReader() {
    }

    /** POI's own exceptions are translated here, so reading an .xlsx loads no POI class. */
    static List<SheetData> read(Path file) throws IOException {
        if (file.toFile().length() > MAX_XLS_BYTES) {
            throw new UnreadableReturnException("import.file.overLimits", null);
        }
        try {
            return readWorkbook(file);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableReturnException("import.file.encrypted", e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableReturnException("import.file.notSpreadsheet", e);
        }
    }

    private static List<SheetData> readWorkbook(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(ENCRYPTED_PACKAGE)) {
                throw new UnreadableReturnException("import.file.encrypted", null);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")) {
                throw new UnreadableReturnException("import.file.notSpreadsheet", null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
                KeptCells kept = new KeptCells();
                for (Sheet sheet : workbook) {
                    if (kept.wants(sheet.getSheetName())) {
                        kept.startSheet(sheet.getSheetName());
                        readSheet(sheet, evaluator, kept);
                        kept.endSheet();
                    }
                }
                return kept.sheets();
            }
        }
    }

    private static void readSheet(Sheet sheet, FormulaEvaluator evaluator, KeptCells kept) {
        boolean more = true;
        for (var rows = sheet.rowIterator(); more && rows.hasNext(); ) {
            Row row = rows.next();
            List<CellData> cells = new ArrayList<>(row.getPhysicalNumberOfCells());
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.FORMULA
                        ? FormulaResults.result(evaluator, cell).orElseGet(() -> saved(cell)) : saved(cell));
            }
            more = kept.row(row.getRowNum(), cells);
        }
    }

    /** The cell's value as saved in the file (for a formula, its saved result). */
    private static CellData saved(Cell cell) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> Double.isFinite(cell.getNumericCellValue())
                    ? CellData.ofNumber(row, column, BigDecimal.valueOf(cell.getNumericCellValue()),
                            FormulaResults.isPercent(cell))
                    : CellData.ofText(row, column, FormulaError.NUM.getString());
            case STRING -> CellData.ofText(row, column, cell.getStringCellValue());
            case BOOLEAN -> CellData.ofText(row, column, Boolean.toString(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> CellData.ofText(row, column, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> CellData.ofText(row, column, "");
        };
    }
}
