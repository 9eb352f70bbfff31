package org.zhibiao.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the readers keep of a workbook while they stream it, so that memory does not grow with a
 * sheet's size. Until the return table is found: the top left of each sheet, where the header
 * and the identifying cells are ({@value #SEARCH_ROWS} rows, {@value #SEARCH_COLUMNS} columns).
 * Below the header only what {@link TableReader} reads: the table's columns, each row's first
 * cell, its first number outside the table and a signature cell, after which the sheet is left.
 * Of {@code _meta} its two columns; other sheets are not read once the table is found.
 */
final class KeptCells {

    static final int SEARCH_ROWS = 100;
    static final int SEARCH_COLUMNS = 64;
    private static final int HEADER_CONTINUATION_ROWS = 2;

    private enum Mode { SEARCH, TABLE, META }

    private final List<SheetData> kept = new ArrayList<>();
    private final NavigableSet<Integer> untried = new TreeSet<>();
    private SheetData sheet;
    private Mode mode;
    private Collection<Integer> tableColumns;
    private boolean tableFound;
    private int rows;

    /** Whether a sheet is worth reading at all. */
    boolean wants(String sheetName) {
        return isMeta(sheetName) || !tableFound;
    }

    void startSheet(String name) {
        sheet = new SheetData(name);
        mode = isMeta(name) ? Mode.META : Mode.SEARCH;
        untried.clear();
        rows = 0;
    }

    /**
     * One row's cells in column order (0-based row index); false when the rest of the sheet is
     * not needed.
     */
    boolean row(int index, List<CellData> cells) {
        if (++rows > SafetyLimits.MAX_ROWS) {
            throw new UnreadableReturnException("import.file.tooManyRows", null);
        }
        return switch (mode) {
            case META -> keepMeta(cells);
            case SEARCH -> search(index, cells);
            case TABLE -> keepTableRow(cells);
        };
    }

    void endSheet() {
        if (mode == Mode.SEARCH) {
            tryHeaders(Integer.MAX_VALUE);
        }
        if (mode != Mode.SEARCH) {
            kept.add(sheet);
        }
    }

    /** The table's sheet (if found) and {@code _meta}, in workbook order. */
    List<SheetData> sheets() {
        return kept;
    }

    private boolean keepMeta(List<CellData> cells) {
        for (CellData cell : cells) {
            if (cell.column() <= 1) {
                sheet.add(cell);
            }
        }
        return true;
    }

    private boolean search(int index, List<CellData> cells) {
        if (index >= SEARCH_ROWS) {
            return false;
        }
        for (CellData cell : cells) {
            if (cell.column() < SEARCH_COLUMNS && !cell.isBlank()) {
                sheet.add(cell);
                untried.add(index);
            }
        }
        tryHeaders(index);
        return true;
    }

    /** Tries each row as the header's first row once the rows that may continue the header are in. */
    private void tryHeaders(int lastRow) {
        while (!untried.isEmpty() && untried.first() <= (long) lastRow - HEADER_CONTINUATION_ROWS) {
            Optional<TableLayout> table = TableLocator.tryHeaderAt(sheet, untried.pollFirst());
            if (table.isPresent()) {
                tableColumns = table.get().columns().values();
                tableFound = true;
                mode = Mode.TABLE;
                return;
            }
        }
    }

    private boolean keepTableRow(List<CellData> cells) {
        boolean first = true;
        boolean outsideNumber = false;
        boolean signature = false;
        for (CellData cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            boolean inTable = tableColumns.contains(cell.column());
            boolean keep = inTable || first;
            first = false;
            if (!inTable && !outsideNumber && cell.isNumber()) {
                outsideNumber = true;
                keep = true;
            }
            if (!cell.isNumber() && TableReader.startsWithSignature(cell.text())) {
                signature = true;
                keep = true;
            }
            if (keep) {
                sheet.add(cell);
            }
        }
        return !signature;
    }

    private static boolean isMeta(String sheetName) {
        return sheetName.equalsIgnoreCase(ReturnLayout.META_SHEET);
    }
}
