package org.zhibiao.analysis;

import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Period;

/**
 * What a progress judgement needs (STATUS.md notation): the actual {@code A} at period {@code t},
 * the baseline {@code B} at {@code b} (null when unknown) and the target {@code G} due at
 * {@code T}; {@code targetMax} is the upper end of a range target, shown but not enforced.
 */
public record Trajectory(Comparator comparator, double target, Double targetMax, Double actual, Double base,
                         Period period, Period basePeriod, Period targetPeriod) {

    private static final double EPSILON = 1e-9;

    /** d: +1 when higher is better, −1 for an at-most target. */
    public int direction() {
        return comparator == Comparator.AT_MOST ? -1 : 1;
    }

    /** Whether x meets the target: at or beyond G in the better direction (a range from its lower end). */
    public boolean meets(double x) {
        return direction() * (x - target) >= -EPSILON * Math.max(1, Math.abs(target));
    }

    public boolean hasBaseline() {
        return base != null && basePeriod != null;
    }

    /** f = clamp((q(t) − q(b)) / (q(T) − q(b)), 0, 1), null without a base period. */
    public Double timeProgress() {
        if (basePeriod == null) {
            return null;
        }
        int span = basePeriod.quartersUntil(targetPeriod);
        if (span <= 0) {
            return period.compareTo(targetPeriod) >= 0 ? 1.0 : 0.0;
        }
        double f = (double) basePeriod.quartersUntil(period) / span;
        return Math.max(0, Math.min(1, f));
    }

    /** E = B + f · (G − B), null without a baseline. */
    public Double expected() {
        return hasBaseline() ? base + timeProgress() * (target - base) : null;
    }

    /** P = (A − B) / (G − B), null without a baseline or when G = B. */
    public Double taskProgress() {
        if (!hasBaseline() || actual == null || Math.abs(target - base) <= EPSILON) {
            return null;
        }
        return (actual - base) / (target - base);
    }

    /** R = (A − B) / (E − B), null without a baseline or at the baseline period. */
    public Double progressRatio() {
        Double e = expected();
        if (e == null || actual == null || atBaseline()) {
            return null;
        }
        return (actual - base) / (e - base);
    }

    /** |E − B| ≤ 1e-9: no time has passed since the baseline. */
    public boolean atBaseline() {
        Double e = expected();
        return e != null && Math.abs(e - base) <= EPSILON;
    }

    /** d · (G − A): above zero while still short of the target. */
    public Double gapToTarget() {
        return actual == null ? null : direction() * (target - actual);
    }

    /** d · (E − A): above zero while behind the expected value. */
    public Double gapToExpected() {
        Double e = expected();
        return e == null || actual == null ? null : direction() * (e - actual);
    }
}
