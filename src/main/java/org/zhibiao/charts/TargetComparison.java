package org.zhibiao.charts;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.zhibiao.analysis.Status;

/**
 * One bar of the actual-vs-targets chart: the actual value and the marks it is measured against
 * (the targets by target year and the expected-by-now value), all on the chart's one scale;
 * {@code valueText} is what the bar's label says (the actual value in the indicator's own unit
 * when the scale is normalised). Nulls are left out.
 */
public record TargetComparison(String label, Double actual, Double expected, SortedMap<Integer, Double> targets,
                               Status status, String valueText) {

    public TargetComparison {
        targets = new TreeMap<>(targets);
    }

    public static TargetComparison of(String label, Double actual, Double expected, Map<Integer, Double> targets,
                                      Status status, String valueText) {
        return new TargetComparison(label, actual, expected, new TreeMap<>(targets), status, valueText);
    }
}
