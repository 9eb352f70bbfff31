package org.zhibiao.charts;

import org.zhibiao.analysis.Status;

/**
 * One bar of the actual-vs-targets chart: the actual value and the marks it is measured against,
 * all on the chart's one scale; {@code valueText} is what the bar's label says (e.g. the actual
 * value in the indicator's own unit when the scale is normalised). Nulls are left out.
 */
public record TargetComparison(String label, Double actual, Double expected, Double target2015, Double target2020,
                               Status status, String valueText) {
}
