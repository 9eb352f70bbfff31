package org.zhibiao.importer;

import java.math.BigDecimal;

/**
 * One non-empty cell as the readers see it: a number (a formula's cached or computed result
 * included), text, or a formula whose result is not known ({@code formula} set, no number). It
 * says whether it is shown as a percentage. Rows and columns count from 0.
 */
public record CellData(int row, int column, String text, BigDecimal number, boolean percentFormat, String formula) {

    public static CellData ofNumber(int row, int column, BigDecimal number, boolean percentFormat) {
        return new CellData(row, column, NumberReader.text(number), number, percentFormat, null);
    }

    public static CellData ofText(int row, int column, String text) {
        return new CellData(row, column, text, null, false, null);
    }

    /** A formula saved without its result (written by a program, never opened in Excel). */
    public static CellData ofFormula(int row, int column, String formula) {
        return new CellData(row, column, "=" + formula, null, false, formula);
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean isUnevaluatedFormula() {
        return formula != null;
    }

    public boolean isBlank() {
        return number == null && formula == null && text.isBlank();
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
