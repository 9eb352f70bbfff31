package org.zhibiao.importer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the return table by its header anywhere in the workbook: the first row naming a value
 * column and a code or name column, merged with up to two following header rows (merged and
 * two-level headers), columns in any order, extra columns ignored.
 */
final class TableLocator {

    private static final int MAX_HEADER_ROWS = 3;

    private TableLocator() {
    }

    static Optional<TableLayout> find(List<SheetData> sheets) {
        for (SheetData sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(ReturnLayout.META_SHEET)) {
                continue;
            }
            for (int row : sheet.rows().keySet()) {
                Optional<TableLayout> table = tryHeaderAt(sheet, row);
                if (table.isPresent()) {
                    return table;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<TableLayout> tryHeaderAt(SheetData sheet, int first) {
        Map<Column, Integer> columns = labels(sheet, first);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        int last = first;
        for (int row = first + 1; row < first + MAX_HEADER_ROWS; row++) {
            Map<Column, Integer> more = labels(sheet, row);
            if (more.isEmpty()) {
                break;
            }
            columns.values().removeIf(more::containsValue);
            columns.putAll(more);
            last = row;
        }
        boolean hasValues = columns.containsKey(Column.VALUE)
                || columns.containsKey(Column.NUMERATOR) && columns.containsKey(Column.DENOMINATOR);
        boolean hasKey = columns.containsKey(Column.CODE) || columns.containsKey(Column.NAME);
        return hasValues && hasKey ? Optional.of(new TableLayout(sheet, first, last, columns)) : Optional.empty();
    }

    private static Map<Column, Integer> labels(SheetData sheet, int row) {
        Map<Column, Integer> out = new EnumMap<>(Column.class);
        for (CellData cell : sheet.row(row).values()) {
            if (!cell.isNumber()) {
                Column.of(cell.text()).ifPresent(c -> out.putIfAbsent(c, cell.column()));
            }
        }
        return out;
    }
}
