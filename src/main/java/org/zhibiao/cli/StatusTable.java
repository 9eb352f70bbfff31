package org.zhibiao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;

/**
 * Status rows for people: rounded to each indicator's decimals, in the chosen language, aligned;
 * then the plans the targets come from, each with its indicators.
 */
final class StatusTable {

    private final Messages messages;
    private final PrintWriter out;

    StatusTable(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(Region region, Period period, Method method, List<StatusRow> rows, PlanNames plans) {
        out.println(messages.get("status.table.title", region.name(), region.code(), period.toString(),
                messages.get("status.method." + method.name())));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(messages.get("status.column.indicator"), messages.get("status.column.value"),
                messages.get("status.column.source"), messages.get("status.column.targetYear"),
                messages.get("status.column.target"), messages.get("status.column.expected"),
                messages.get("status.column.status"), messages.get("status.column.explanation")));
        for (StatusRow r : rows) {
            lines.add(cells(r));
        }
        printAligned(out, lines);
        plans.byPlan(rows).forEach((plan, planRows) -> out.println(messages.get("status.table.plan",
                PlanNames.cite(plan, messages.chinese()),
                String.join(" ", planRows.stream().map(r -> r.indicator().code()).distinct().toList()))));
    }

    private List<String> cells(StatusRow r) {
        int decimals = r.indicator().decimals();
        String unit = new ValueText(messages).unit(r.indicator());
        return List.of(r.indicator().code() + " " + r.indicator().name(messages.chinese()),
                withUnit(round(r.value(), decimals), unit), source(r),
                r.targetYear() == null ? "" : r.targetYear().toString(), target(r, decimals),
                withUnit(round(r.expected(), decimals), unit), r.status().label(messages),
                r.explanation().text(messages));
    }

    private String source(StatusRow r) {
        if (r.source() == null) {
            return "";
        }
        if (r.source() == Source.REPORTED) {
            return messages.get(r.source().messageKey());
        }
        String key = r.coverage().isPartial() ? "status.cell.partial" : "status.cell.rollup";
        return messages.get(key, r.coverage().toString());
    }

    private String target(StatusRow r, int decimals) {
        if (r.comparator() == null) {
            return "";
        }
        String value = switch (r.comparator()) {
            case RANGE -> round(r.target(), decimals) + "—" + round(r.targetMax(), decimals);
            default -> r.comparator().symbol() + " " + round(r.target(), decimals);
        };
        return r.regionCode().equals(r.targetRegionCode()) ? value
                : messages.get("status.cell.inherited", value, r.targetRegionCode());
    }

    private static String withUnit(String number, String unit) {
        return number.isEmpty() || unit.isEmpty() || unit.contains("/") ? number : number + " " + unit;
    }

    private static String round(Double v, int decimals) {
        return v == null ? "" : BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Lines of cells as columns, each as wide as its widest cell on a terminal, two spaces apart. */
    static void printAligned(PrintWriter out, List<List<String>> lines) {
        int[] widths = widths(lines);
        for (List<String> line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                b.append(cell);
                if (i < line.size() - 1) {
                    b.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static int[] widths(List<List<String>> lines) {
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        return widths;
    }

    /** Columns a terminal gives the text: two for CJK and full-width characters. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        }
        return w;
    }
}
