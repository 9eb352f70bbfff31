package org.zhibiao.importer;

import java.math.BigDecimal;

/**
 * One non-empty cell as the readers see it: a number (a formula's cached result included) or text,
 * with whether it is shown as a percentage. Rows and columns count from 0.
 */
public record CellData(int row, int column, String text, BigDecimal number, boolean percentFormat) {

    public static CellData ofNumber(int row, int column, BigDecimal number, boolean percentFormat) {
        return new CellData(row, column, number.stripTrailingZeros().toPlainString(), number, percentFormat);
    }

    public static CellData ofText(int row, int column, String text) {
        return new CellData(row, column, text, null, false);
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }

    /** {@code E7}. */
    public String address() {
        return address(row, column);
    }

    public static String address(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }
}
