package org.zhibiao.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The fast path for .xlsx and .xlsm: fastexcel's streaming reader (its StAX factory refuses DTDs
 * and external entities), after {@link ZipGuard} has checked the package. Formula cells give
 * their cached result.
 */
final class XlsxReader {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private XlsxReader() {
    }

    static List<SheetData> read(Path file) throws IOException {
        ZipGuard.check(file);
        List<SheetData> out = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                out.add(readSheet(sheet));
            }
        }
        return out;
    }

    private static SheetData readSheet(Sheet sheet) throws IOException {
        SheetData data = new SheetData(sheet.getName());
        int rows = 0;
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                if (++rows > SafetyLimits.MAX_ROWS) {
                    throw new UnreadableReturnException("import.file.tooManyRows", null);
                }
                for (Cell cell : it.next()) {
                    if (cell != null) {
                        data.add(convert(cell));
                    }
                }
            }
        }
        return data;
    }

    private static CellData convert(Cell cell) {
        int row = cell.getAddress().getRow();
        int column = cell.getAddress().getColumn();
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            String format = cell.getDataFormatString();
            return CellData.ofNumber(row, column, number, format != null && format.contains("%"));
        }
        return switch (cell.getType()) {
            case EMPTY -> CellData.ofText(row, column, "");
            case ERROR -> CellData.ofText(row, column, cell.getRawValue() == null ? "#ERROR" : cell.getRawValue());
            default -> CellData.ofText(row, column, value == null ? "" : value.toString());
        };
    }
}
