package org.zhibiao.charts;

import org.zhibiao.analysis.Status;

/**
 * One row of the gap chart: gap to the target and to the expected-by-now value on the chart's
 * scale (&gt; 0 = still short), and the label text saying it in the indicator's unit.
 */
public record GapItem(String label, Double gapToTarget, Double gapToExpected, Status status, String valueText) {
}
