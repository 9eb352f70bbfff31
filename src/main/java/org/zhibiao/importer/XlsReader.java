package org.zhibiao.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Excel 97–2003 .xls through POI HSSF; formula cells give their cached result. */
final class XlsReader {

    private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";

    private XlsReader() {
    }

    static List<SheetData> read(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(ENCRYPTED_PACKAGE)) {
                throw new UnreadableReturnException("import.file.encrypted", null);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")) {
                throw new UnreadableReturnException("import.file.notSpreadsheet", null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                List<SheetData> out = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    out.add(readSheet(sheet));
                }
                return out;
            }
        }
    }

    private static SheetData readSheet(Sheet sheet) {
        if (sheet.getPhysicalNumberOfRows() > SafetyLimits.MAX_ROWS) {
            throw new UnreadableReturnException("import.file.tooManyRows", null);
        }
        SheetData data = new SheetData(sheet.getSheetName());
        for (Row row : sheet) {
            for (Cell cell : row) {
                data.add(convert(cell));
            }
        }
        return data;
    }

    private static CellData convert(Cell cell) {
        int row = cell.getRowIndex();
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellData.ofNumber(row, column, BigDecimal.valueOf(cell.getNumericCellValue()),
                    cell.getCellStyle().getDataFormatString().contains("%"));
            case STRING -> CellData.ofText(row, column, cell.getStringCellValue());
            case BOOLEAN -> CellData.ofText(row, column, Boolean.toString(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> CellData.ofText(row, column, FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> CellData.ofText(row, column, "");
        };
    }
}
