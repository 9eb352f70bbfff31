package org.zhibiao.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV output as CLI.md writes it: UTF-8 text, a header row, RFC 4180 quoting, and text cells
 * that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
 * CR first, OWASP's CSV injection) written with a leading {@code '}. Numeric columns stay plain.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;
    private final List<String> columns;
    private final Set<String> numeric;

    /** Writes the header row at once. */
    public CsvTable(Appendable out, List<String> columns, Set<String> numericColumns) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.columns = columns;
        this.numeric = numericColumns;
        printer.printRecord(columns);
    }

    public void row(List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            safe.add(numeric.contains(columns.get(i)) ? cells.get(i) : text(cells.get(i)));
        }
        printer.printRecord(safe);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** A text cell as it is written: with a leading {@code '} when it would start a formula. */
    static String text(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
