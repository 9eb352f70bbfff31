package org.zhibiao.analysis;

/**
 * A region's value of an indicator at a period: its own reported figure, or the roll-up of the
 * regions under it with the coverage of that roll-up (null for a reported figure). A figure
 * whose value is beyond what a double holds (a roll-up that overflowed) has no value and says so.
 */
public record Figure(Double value, Double numerator, Double denominator, Source source, Coverage coverage,
                     boolean overflowed) {

    /** The figure, or an overflowed one without value when the value or its fraction is not finite. */
    static Figure of(Double value, Double numerator, Double denominator, Source source, Coverage coverage) {
        if (!finite(value) || !finite(numerator) || !finite(denominator)) {
            return new Figure(null, null, null, source, coverage, true);
        }
        return new Figure(value, numerator, denominator, source, coverage, false);
    }

    private static boolean finite(Double d) {
        return d == null || Double.isFinite(d);
    }

    public boolean hasFraction() {
        return numerator != null && denominator != null;
    }

    public boolean isPartial() {
        return coverage != null && coverage.isPartial();
    }
}
