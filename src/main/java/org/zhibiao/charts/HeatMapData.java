package org.zhibiao.charts;

import java.util.List;
import java.util.Map;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;

/**
 * Regions (top to bottom) × quarters (left to right) and the state of each cell; a cell that is
 * not in {@code states} is missing. Keys are region index and period.
 */
public record HeatMapData(List<String> regions, List<Period> periods, Map<Cell, Submission.State> states) {

    public HeatMapData {
        regions = List.copyOf(regions);
        periods = List.copyOf(periods);
        states = Map.copyOf(states);
    }

    public Submission.State state(int region, Period period) {
        return states.getOrDefault(new Cell(region, period), Submission.State.MISSING);
    }

    public record Cell(int region, Period period) {
    }
}
