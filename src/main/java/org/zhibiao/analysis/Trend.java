package org.zhibiao.analysis;

/**
 * Which way an indicator moves where no target judges it (STATUS.md "Trend without a target",
 * Open SDG's first method): the growth rate {@code s · d · CAGR(A, B, years)} read against
 * 0.015 / 0.005 / 0.
 */
public enum Trend {
    IMPROVING_FAST, IMPROVING, STABLE, WORSENING;

    static final double FAST = 0.015;
    static final double SLOW = 0.005;
    private static final double ZERO_REPLACEMENT = 0.001;
    /** A growth rate this close to a threshold is on it: 101.5 / 100 − 1 is 0.0149999… in binary. */
    private static final double EPSILON = 1e-12;

    public static Trend of(double value) {
        if (value >= FAST - EPSILON) {
            return IMPROVING_FAST;
        }
        if (value >= SLOW - EPSILON) {
            return IMPROVING;
        }
        return value >= -EPSILON ? STABLE : WORSENING;
    }

    /**
     * {@code s · d · CAGR(actual, base, years)}, s = −1 when the base is below 0, a zero base
     * counting as 0.001; NaN where the growth rate is undefined (no time between the two, or
     * the value crossing zero).
     */
    public static double value(double actual, double base, double years, int direction) {
        if (years <= 0 || base * actual < 0) {
            return Double.NaN;
        }
        double b = base == 0 ? ZERO_REPLACEMENT : base;
        double s = b < 0 ? -1 : 1;
        return s * direction * OpenSdg.cagr(actual, b, years);
    }
}
