package org.zhibiao.report;

import java.util.List;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Indicator;

/** One indicator of the report's region: its row of the view the report counts. */
public record IndicatorLine(Indicator indicator, StatusRow main) {

    public Status status() {
        return main.status();
    }

    public boolean hasTarget() {
        return main.target() != null;
    }

    /** The lines of a view, one per row, in its order. */
    public static List<IndicatorLine> of(List<StatusRow> view) {
        return view.stream().map(r -> new IndicatorLine(r.indicator(), r)).toList();
    }
}
