package org.zhibiao.domain;

/**
 * A value of an indicator for a region at a period (year-to-date), with numerator and
 * denominator for ratios, and where it came from.
 */
public record Observation(
        String indicatorCode,
        String regionCode,
        Period period,
        Double value,
        Double numerator,
        Double denominator,
        String note,
        int revision,
        Lineage lineage) {

    public boolean hasFraction() {
        return numerator != null && denominator != null;
    }
}
