package org.zhibiao.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The fast path for .xlsx and .xlsm: fastexcel's streaming reader (its StAX factory refuses DTDs
 * and external entities), after {@link ZipGuard} has checked the package, row by row into
 * {@link KeptCells}. Formula cells give their cached result; those saved without one are
 * computed by {@link FormulaResults}.
 */
final class XlsxReader {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private XlsxReader() {
    }

    static List<SheetData> read(Path file) throws IOException {
        ZipGuard.check(file);
        KeptCells kept = new KeptCells();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (kept.wants(sheet.getName())) {
                    kept.startSheet(sheet.getName());
                    readSheet(sheet, kept);
                    kept.endSheet();
                }
            }
        }
        if (kept.sheets().stream().anyMatch(s -> !s.unevaluatedFormulas().isEmpty())) {
            FormulaResults.computeXlsx(file, kept.sheets());
        }
        return kept.sheets();
    }

    private static void readSheet(Sheet sheet, KeptCells kept) throws IOException {
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            boolean more = true;
            while (more && it.hasNext()) {
                Row row = it.next();
                more = kept.row(row.getRowNum() - 1, cells(row));
            }
        }
    }

    private static List<CellData> cells(Row row) {
        List<CellData> out = new ArrayList<>(row.getPhysicalCellCount());
        for (Cell cell : row) {
            if (cell != null && cell.getType() != CellType.EMPTY) {
                out.add(convert(cell));
            }
        }
        return out;
    }

    private static CellData convert(Cell cell) {
        int row = cell.getAddress().getRow();
        int column = cell.getAddress().getColumn();
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            String format = cell.getDataFormatString();
            return CellData.ofNumber(row, column, number, format != null && format.contains("%"));
        }
        if (cell.getType() == CellType.FORMULA && cell.getRawValue() == null) {
            return CellData.ofFormula(row, column, cell.getFormula());
        }
        return switch (cell.getType()) {
            case ERROR -> CellData.ofText(row, column, cell.getRawValue() == null ? "#ERROR" : cell.getRawValue());
            default -> CellData.ofText(row, column, value == null ? "" : value.toString());
        };
    }
}
