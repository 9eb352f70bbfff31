package org.zhibiao.analysis;

/**
 * A region's value of an indicator at a period: its own reported figure, or the roll-up of the
 * regions under it with the coverage of that roll-up (null for a reported figure).
 */
public record Figure(Double value, Double numerator, Double denominator, Source source, Coverage coverage) {

    public boolean hasFraction() {
        return numerator != null && denominator != null;
    }

    public boolean isPartial() {
        return coverage != null && coverage.isPartial();
    }
}
