package org.zhibiao.analysis;

import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;

/**
 * One indicator for one region and period against one target year: the row of
 * {@code status --format csv} (CLI.md), plus the explanation sentence. Numbers are at full
 * precision; any of them is null where it does not apply. {@code coverage} is null for a
 * reported value; {@code targetRegionCode} names the region whose target applies (the row's own
 * or its nearest ancestor's). {@code trend} and {@code trendValue} say which way the value moved
 * since the same quarter a year earlier (null where that cannot be judged).
 */
public record StatusRow(
        Indicator indicator,
        String regionCode,
        Period period,
        Double value,
        Double numerator,
        Double denominator,
        Source source,
        Coverage coverage,
        Integer targetYear,
        Comparator comparator,
        Double target,
        Double targetMax,
        Period basePeriod,
        Double baseValue,
        Double timeProgress,
        Double expected,
        Double taskProgress,
        Double progressRatio,
        Double gapToTarget,
        Double gapToExpected,
        Status status,
        String targetRegionCode,
        Explanation explanation,
        Trend trend,
        Double trendValue) {
}
