package org.zhibiao.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Indicator;

/**
 * One indicator of the report's region: its row for the report's target year (or, when it has no
 * target for that year, for the nearest later one, or its NO_TARGET row) and its rows by target year.
 */
public record IndicatorLine(Indicator indicator, StatusRow main, Map<Integer, StatusRow> byYear) {

    public Status status() {
        return main.status();
    }

    public boolean hasTargetFor(int year) {
        return main.targetYear() != null && main.targetYear() == year;
    }

    /** Groups rows by indicator, keeping the order in which the indicators first appear. */
    public static List<IndicatorLine> of(List<StatusRow> rows, int targetYear) {
        Map<String, List<StatusRow>> byIndicator = new LinkedHashMap<>();
        for (StatusRow row : rows) {
            byIndicator.computeIfAbsent(row.indicator().code(), c -> new ArrayList<>()).add(row);
        }
        List<IndicatorLine> lines = new ArrayList<>();
        for (List<StatusRow> group : byIndicator.values()) {
            Map<Integer, StatusRow> byYear = new TreeMap<>();
            group.stream().filter(r -> r.targetYear() != null).forEach(r -> byYear.put(r.targetYear(), r));
            lines.add(new IndicatorLine(group.get(0).indicator(), main(group, byYear, targetYear), byYear));
        }
        return lines;
    }

    private static StatusRow main(List<StatusRow> group, Map<Integer, StatusRow> byYear, int targetYear) {
        return byYear.entrySet().stream().filter(e -> e.getKey() >= targetYear).map(Map.Entry::getValue)
                .findFirst().orElse(byYear.isEmpty() ? group.get(0) : byYear.values().iterator().next());
    }

    /** The target years the table shows: the report's and the next one the rows have. */
    public static List<Integer> targetYears(List<StatusRow> rows, int targetYear) {
        List<Integer> later = rows.stream().map(StatusRow::targetYear)
                .filter(y -> y != null && y > targetYear).distinct().sorted().limit(1).toList();
        List<Integer> years = new ArrayList<>(List.of(targetYear));
        years.addAll(later);
        return years;
    }
}
