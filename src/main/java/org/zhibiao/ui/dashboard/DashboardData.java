package org.zhibiao.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;

/**
 * What the dashboard shows for one selection, computed in the background: the rows the filter
 * keeps, most urgent first; the counts of the whole category; the values a year earlier by
 * indicator code; the plans that set the targets; the charts of the rows shown.
 */
public record DashboardData(Selection selection, List<StatusRow> rows, Map<Status, Integer> counts,
                            Map<String, Double> yearEarlier, PlanNames plans, JFreeChart actualChart,
                            JFreeChart gapChart) {

    public DashboardData {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        yearEarlier = Map.copyOf(yearEarlier);
    }

    static Map<Status, Integer> count(List<StatusRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }
}
