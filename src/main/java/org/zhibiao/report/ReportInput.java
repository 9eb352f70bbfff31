package org.zhibiao.report;

import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/**
 * Everything a report says, gathered from the analysis: the region's status rows for every
 * target year ({@code rows}), the same quarter's values a year earlier by indicator code, the
 * rows of the regions below for {@code targetYear}, the returns, and the data warnings and
 * revisions as translated sentences.
 */
public record ReportInput(
        Region region,
        Period period,
        int targetYear,
        List<StatusRow> rows,
        Map<String, Double> yearEarlierValues,
        List<RegionRows> children,
        ReturnsSummary returns,
        List<String> warnings,
        List<String> revisions,
        ReportOptions options) {

    public ReportInput {
        rows = List.copyOf(rows);
        yearEarlierValues = Map.copyOf(yearEarlierValues);
        children = List.copyOf(children);
        warnings = List.copyOf(warnings);
        revisions = List.copyOf(revisions);
    }
}
