package org.zhibiao.charts;

import java.util.List;
import org.zhibiao.domain.Period;

/**
 * The history of one indicator for one region, and for each target year the straight path from
 * the baseline to the target (the expected-by-now value at every quarter); {@code current} is
 * the quarter the reader is looking at, or null; {@code breaks} the quarters from which the
 * definition (口径) changed so that values before them may not be compared with values after.
 */
public record TrendData(List<Point> actual, List<Trajectory> trajectories, Period current, List<Period> breaks) {

    public TrendData {
        actual = List.copyOf(actual);
        trajectories = List.copyOf(trajectories);
        breaks = List.copyOf(breaks);
    }

    public TrendData(List<Point> actual, List<Trajectory> trajectories, Period current) {
        this(actual, trajectories, current, List.of());
    }

    /** The same history with the definition breaks to draw. */
    public TrendData withBreaks(List<Period> periods) {
        return new TrendData(actual, trajectories, current, periods);
    }

    public record Point(Period period, double value) {
    }

    public record Trajectory(int targetYear, Period from, double fromValue, Period to, double toValue) {
    }
}
