package org.zhibiao.analysis;

/**
 * The growth-rate progress measure of open-sdg/sdg-build ({@code ProgressMeasure.py}), with years
 * counted as quarters / 4.
 */
public final class OpenSdg {

    private static final double ZERO_REPLACEMENT = 0.001;

    private OpenSdg() {
    }

    /** CAGR(v1, v0, years) = (v1 / v0)^(1 / years) − 1. */
    public static double cagr(double v1, double v0, double years) {
        return Math.pow(v1 / v0, 1 / years) - 1;
    }

    /**
     * R = s · d · CAGR(A, B, t − b) / |CAGR(G, B, T − b)|, s = −1 when B < 0; a zero base or
     * target counts as 0.001. NaN where it cannot be computed (at or before the base period);
     * callers rule out a value that {@linkplain #crossesZero crosses zero} first.
     */
    public static double ratio(Trajectory t) {
        double base = nonZero(t.base());
        double target = nonZero(t.target());
        double observedYears = t.basePeriod().quartersUntil(t.period()) / 4.0;
        double targetYears = t.basePeriod().quartersUntil(t.targetPeriod()) / 4.0;
        if (observedYears <= 0 || targetYears <= 0) {
            return Double.NaN;
        }
        double needed = Math.abs(cagr(target, base, targetYears));
        double s = base < 0 ? -1 : 1;
        return s * t.direction() * cagr(t.actual(), base, observedYears) / needed;
    }

    /**
     * Whether the value crosses zero on its way: the base and the actual value, or the base and
     * the target, have opposite signs, so no growth rate connects them.
     */
    public static boolean crossesZero(Trajectory t) {
        double base = t.base();
        return base * t.actual() < 0 || base * t.target() < 0;
    }

    /**
     * The score averaged over a category: R ≥ 0.6 → min(7.1429·R − 4.2857, 5), else
     * max(4.1667·R − 2.5, −5).
     */
    public static double score(double ratio) {
        if (ratio >= 0.6) {
            return Math.min(7.1429 * ratio - 4.2857, 5);
        }
        return Math.max(4.1667 * ratio - 2.5, -5);
    }

    private static double nonZero(double v) {
        return v == 0 ? ZERO_REPLACEMENT : v;
    }
}
