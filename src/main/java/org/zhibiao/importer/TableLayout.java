package org.zhibiao.importer;

import java.util.Map;

/** Where the return table is: its sheet, the rows of its header and the column of each kind. */
record TableLayout(SheetData sheet, int headerFirstRow, int headerLastRow, Map<Column, Integer> columns) {

    Integer column(Column c) {
        return columns.get(c);
    }

    CellData cell(int row, Column c) {
        Integer column = columns.get(c);
        return column == null ? null : sheet.cell(row, column).orElse(null);
    }

    String text(int row, Column c) {
        CellData cell = cell(row, c);
        return cell == null ? "" : cell.text().trim();
    }

    String address(int row, Column c) {
        Integer column = columns.get(c);
        return CellData.address(row, column == null ? 0 : column);
    }
}
