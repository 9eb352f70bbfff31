package org.zhibiao.report;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/**
 * Everything a report says, gathered from the analysis: the region's view for the target
 * {@code choice} ({@code rows}, one per indicator), the same quarter's values a year earlier by
 * indicator code, the views of the regions below for the same choice, the returns, and the data
 * warnings and revisions as translated sentences; the plans that set the targets, and the
 * trend chart of each indicator whose definition changed in a way that breaks comparison.
 */
public record ReportInput(
        Region region,
        Period period,
        TargetChoice choice,
        List<StatusRow> rows,
        Map<String, Double> yearEarlierValues,
        List<RegionRows> children,
        ReturnsSummary returns,
        List<String> warnings,
        List<String> revisions,
        ReportOptions options,
        PlanNames plans,
        Map<String, JFreeChart> breakCharts) {

    public ReportInput {
        rows = List.copyOf(rows);
        yearEarlierValues = Map.copyOf(yearEarlierValues);
        children = List.copyOf(children);
        warnings = List.copyOf(warnings);
        revisions = List.copyOf(revisions);
        breakCharts = Map.copyOf(breakCharts);
    }
}
