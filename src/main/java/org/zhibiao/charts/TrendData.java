package org.zhibiao.charts;

import java.util.List;
import org.zhibiao.domain.Period;

/**
 * The history of one indicator for one region, and for each target year the straight path from
 * the baseline to the target (the expected-by-now value at every quarter); {@code current} is
 * the quarter the reader is looking at, or null.
 */
public record TrendData(List<Point> actual, List<Trajectory> trajectories, Period current) {

    public TrendData {
        actual = List.copyOf(actual);
        trajectories = List.copyOf(trajectories);
    }

    public record Point(Period period, double value) {
    }

    public record Trajectory(int targetYear, Period from, double fromValue, Period to, double toValue) {
    }
}
