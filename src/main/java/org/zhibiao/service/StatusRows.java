package org.zhibiao.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Numbers;

/** Status rows as machines read them: CLI.md's stable CSV columns, and JSON objects with the same keys. */
public final class StatusRows {

    public static final List<String> COLUMNS = List.of("indicator_code", "indicator_name", "category", "unit",
            "region_code", "period", "value", "numerator", "denominator", "source", "coverage", "target_year",
            "comparator", "target", "target_max", "base_period", "base_value", "time_progress", "expected",
            "task_progress", "progress_ratio", "gap_to_target", "gap_to_expected", "status", "target_region", "trend", "trend_value");

    /** Columns that hold numbers (JSON writes them unquoted). */
    private static final List<String> NUMERIC = List.of("value", "numerator", "denominator", "target_year", "target",
            "target_max", "base_value", "time_progress", "expected", "task_progress", "progress_ratio",
            "gap_to_target", "gap_to_expected", "trend_value");

    private StatusRows() {
    }

    /** The cells of a row in {@link #COLUMNS} order, empty where a value does not apply. */
    public static List<String> cells(StatusRow r, boolean chinese) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        c.add(r.indicator().code());
        c.add(r.indicator().name(chinese));
        c.add(r.indicator().category().name());
        c.add(r.indicator().unit());
        c.add(r.regionCode());
        c.add(r.period().toString());
        c.add(Numbers.plain(r.value()));
        c.add(Numbers.plain(r.numerator()));
        c.add(Numbers.plain(r.denominator()));
        c.add(r.source() == null ? "" : r.source().code());
        c.add(r.coverage() == null ? "" : r.coverage().toString());
        c.add(r.targetYear() == null ? "" : r.targetYear().toString());
        c.add(r.comparator() == null ? "" : r.comparator().code());
        c.add(Numbers.plain(r.target()));
        c.add(Numbers.plain(r.targetMax()));
        c.add(r.basePeriod() == null ? "" : r.basePeriod().toString());
        c.add(Numbers.plain(r.baseValue()));
        c.add(Numbers.plain(r.timeProgress()));
        c.add(Numbers.plain(r.expected()));
        c.add(Numbers.plain(r.taskProgress()));
        c.add(Numbers.plain(r.progressRatio()));
        c.add(Numbers.plain(r.gapToTarget()));
        c.add(Numbers.plain(r.gapToExpected()));
        c.add(r.status().name());
        c.add(r.targetRegionCode() == null ? "" : r.targetRegionCode());
        c.add(r.trend() == null ? "" : r.trend().name());
        c.add(Numbers.plain(r.trendValue()));
        return c;
    }

    /** The rows as CSV under {@link #COLUMNS}. */
    public static void csv(List<StatusRow> rows, boolean chinese, Appendable out) {
        try {
            CsvTable csv = new CsvTable(out, COLUMNS, Set.copyOf(NUMERIC));
            for (StatusRow row : rows) {
                csv.row(cells(row, chinese));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of objects keyed by {@link #COLUMNS}; numbers unquoted, null where empty. */
    public static String json(List<StatusRow> rows, boolean chinese) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            b.append(i == 0 ? "\n  {" : ",\n  {");
            List<String> cells = cells(rows.get(i), chinese);
            for (int k = 0; k < COLUMNS.size(); k++) {
                String column = COLUMNS.get(k);
                String cell = cells.get(k);
                b.append(k == 0 ? "" : ", ").append(quote(column)).append(": ");
                b.append(cell.isEmpty() ? "null" : NUMERIC.contains(column) ? cell : quote(cell));
            }
            b.append('}');
        }
        return b.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }
}
