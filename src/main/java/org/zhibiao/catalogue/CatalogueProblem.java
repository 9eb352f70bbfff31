package org.zhibiao.catalogue;

/**
 * Something wrong in a catalogue workbook, located: the sheet, the cell ({@code F12}), the
 * message key of the {@code catalogue} bundle (its one argument is {@code rawText}) and the text
 * found in the cell.
 */
public record CatalogueProblem(String sheet, String cell, String messageKey, String rawText) {

    /** {@code 目标!F12}. */
    public String location() {
        return sheet + "!" + cell;
    }
}
