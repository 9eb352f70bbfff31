package org.zhibiao.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Text;

/**
 * Reads the rows under a table's header: finds each row's indicator by code, else by its
 * normalised name; skips blank, subtotal, note and unknown rows (with a warning); refuses an
 * indicator given twice; warns about numbers in columns outside the table.
 */
final class TableReader {

    private static final Pattern BRACKETED_AT_END = Pattern.compile("\\([^()]*\\)$");
    private static final Pattern SUMMARY = Pattern.compile("^(合计|小计|总计|总数|注|说明|备注|填报说明).*");

    private static final List<String> SIGNATURE_WORDS =
            Arrays.stream(ReturnLayout.SIGNATURES).map(l -> l.replace("：", "")).toList();

    private final Map<String, Indicator> byCode = new HashMap<>();
    private final Map<String, Indicator> byName = new HashMap<>();

    TableReader(Collection<Indicator> indicators) {
        for (Indicator i : indicators) {
            byCode.put(i.code().toUpperCase(Locale.ROOT), i);
            byName.put(Text.normaliseName(i.nameZh()), i);
            byName.put(Text.normaliseName(ReturnLayout.displayName(i)), i);
        }
    }

    List<ReturnValue> read(TableLayout table, IssueList issues) {
        RowReader rows = new RowReader(table, issues);
        Map<String, String> seen = new HashMap<>();
        List<ReturnValue> out = new ArrayList<>();
        String sheet = table.sheet().name();
        for (int row : table.sheet().rows().tailMap(table.headerLastRow(), false).keySet()) {
            if (isSignatureRow(table, row)) {
                break;
            }
            Optional<Indicator> indicator = indicatorOf(table, row, issues);
            if (indicator.isEmpty()) {
                continue;
            }
            Indicator i = indicator.get();
            issues.about(i.code());
            String keyCell = table.address(row, table.column(Column.CODE) != null ? Column.CODE : Column.NAME);
            String first = seen.putIfAbsent(i.code(), keyCell);
            if (first != null) {
                issues.error(sheet, keyCell, "import.issue.duplicate", i.code(), i.code(), first);
            } else {
                rows.read(row, i).ifPresent(out::add);
            }
            issues.about(null);
            if (first == null) {
                warnOutside(table, row, issues);
            }
        }
        return out;
    }

    private Optional<Indicator> indicatorOf(TableLayout table, int row, IssueList issues) {
        String code = Text.toHalfWidth(table.text(row, Column.CODE)).trim().toUpperCase(Locale.ROOT);
        String name = table.text(row, Column.NAME);
        Indicator found = code.isEmpty() ? null : byCode.get(code);
        if (found == null && !name.isEmpty()) {
            found = byName(name);
        }
        if (found != null) {
            return Optional.of(found);
        }
        if (hasValues(table, row) || !code.isEmpty() || !name.isEmpty()) {
            warnSkipped(table, row, code, name, issues);
        }
        return Optional.empty();
    }

    private Indicator byName(String name) {
        String n = Text.normaliseName(name);
        Indicator i = byName.get(n);
        return i != null ? i : byName.get(BRACKETED_AT_END.matcher(n).replaceAll(""));
    }

    private static void warnSkipped(TableLayout table, int row, String code, String name, IssueList issues) {
        String label = !name.isEmpty() ? name : code;
        String anyText = label.isEmpty() ? firstText(table, row) : label;
        String key = SUMMARY.matcher(Text.normaliseName(anyText)).matches()
                ? "import.warning.summaryRow" : "import.warning.unknownRow";
        String cell = table.address(row, name.isEmpty() && !code.isEmpty() ? Column.CODE : Column.NAME);
        issues.warning(table.sheet().name(), cell, key, anyText, anyText);
    }

    private static String firstText(TableLayout table, int row) {
        return table.sheet().row(row).values().stream().map(c -> c.text().trim()).filter(s -> !s.isEmpty())
                .findFirst().orElse("");
    }

    private static boolean hasValues(TableLayout table, int row) {
        return table.cell(row, Column.VALUE) != null || table.cell(row, Column.NUMERATOR) != null
                || table.cell(row, Column.DENOMINATOR) != null;
    }

    private static boolean isSignatureRow(TableLayout table, int row) {
        for (CellData cell : table.sheet().row(row).values()) {
            if (!cell.isNumber() && startsWithSignature(cell.text())) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithSignature(String text) {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < text.length() && b.length() < 5; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                b.append(c);
            }
        }
        String start = b.toString();
        return SIGNATURE_WORDS.stream().anyMatch(start::startsWith);
    }

    private static void warnOutside(TableLayout table, int row, IssueList issues) {
        for (CellData cell : table.sheet().row(row).values()) {
            if (cell.isNumber() && !table.columns().containsValue(cell.column())) {
                issues.warning(table.sheet().name(), cell.address(), "import.warning.outsideTable", cell.text(),
                        cell.text());
                return;
            }
        }
    }
}
