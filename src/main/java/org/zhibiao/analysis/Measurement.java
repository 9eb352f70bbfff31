package org.zhibiao.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;

/**
 * The actual {@code A} and the baseline {@code B} of an indicator for a region at a period against
 * a target (STATUS.md): year-to-date values; annual indicators only in Q4; flows with an annual
 * target start from 0 at the previous year's Q4; cumulative targets add the yearly (Q4) values
 * since the base year to the current year-to-date value; other baselines come from the target,
 * else from the region's own (or rolled-up) value at the base period. An inherited target's base
 * value is the ancestor's, so the region is measured from its own data.
 */
public record Measurement(Figure figure, Double actual, Double base, Period basePeriod, Period movedFrom) {

    public Measurement(Figure figure, Double actual, Double base, Period basePeriod) {
        this(figure, actual, base, basePeriod, null);
    }

    /**
     * Open SDG's rule for a base period without a value: the first later period with one (before
     * t) becomes the base, {@code movedFrom} keeps the period the target named; unchanged when the
     * base has a value or no later period has one.
     */
    public Measurement withLaterBase(Indicator indicator, String regionCode, Period t, RollUp rollUp) {
        if (base != null || basePeriod == null || indicator.isFlow()) {
            return this;
        }
        for (Period p = basePeriod.plusQuarters(1); p.compareTo(t) < 0; p = p.plusQuarters(1)) {
            Double value = valueAt(indicator, regionCode, p, rollUp);
            if (value != null) {
                return new Measurement(figure, actual, value, p, basePeriod);
            }
        }
        return this;
    }

    public static Measurement of(Indicator indicator, Target target, String regionCode, Period t, RollUp rollUp) {
        Figure figure = indicator.frequency().reportedIn(t) ? rollUp.official(indicator, regionCode, t) : null;
        Double value = figure == null ? null : figure.value();
        if (target == null) {
            return new Measurement(figure, value, null, null);
        }
        Period b = basePeriod(indicator, target);
        if (indicator.isFlow()) {
            Double actual = target.cumulative() ? cumulative(indicator, regionCode, t, b, value, rollUp) : value;
            return new Measurement(figure, actual, 0.0, b);
        }
        Double base;
        if (regionCode.equals(target.regionCode()) && target.baseValue() != null) {
            base = target.baseValue();
        } else {
            base = b == null ? null : valueAt(indicator, regionCode, b, rollUp);
        }
        return new Measurement(figure, value, base, b);
    }

    /**
     * The periods whose values {@link #of} reads for this target at t, and with {@code laterBases}
     * those {@link #withLaterBase} may read.
     */
    public static Set<Period> periodsNeeded(Indicator indicator, Target target, Period t, boolean laterBases) {
        Set<Period> periods = new LinkedHashSet<>();
        periods.add(t);
        if (target == null) {
            return periods;
        }
        Period b = basePeriod(indicator, target);
        if (indicator.isFlow() && target.cumulative() && b != null) {
            for (int y = b.year() + 1; y < t.year(); y++) {
                periods.add(Period.endOf(y));
            }
        } else if (!indicator.isFlow() && b != null) {
            periods.add(b);
            for (Period p = b.plusQuarters(1); laterBases && p.compareTo(t) < 0; p = p.plusQuarters(1)) {
                periods.add(p);
            }
        }
        return periods;
    }

    static Period basePeriod(Indicator indicator, Target target) {
        if (indicator.isFlow() && (!target.cumulative() || target.basePeriod() == null)) {
            return Period.endOf(target.targetYear() - 1);
        }
        return target.basePeriod();
    }

    private static Double cumulative(Indicator indicator, String regionCode, Period t, Period b, Double current,
                                     RollUp rollUp) {
        if (current == null || b == null || t.year() <= b.year()) {
            return null;
        }
        double sum = current;
        for (int y = b.year() + 1; y < t.year(); y++) {
            Double year = valueAt(indicator, regionCode, Period.endOf(y), rollUp);
            if (year == null) {
                return null;
            }
            sum += year;
        }
        return sum;
    }

    private static Double valueAt(Indicator indicator, String regionCode, Period p, RollUp rollUp) {
        if (!indicator.frequency().reportedIn(p)) {
            return null;
        }
        Figure f = rollUp.official(indicator, regionCode, p);
        return f == null ? null : f.value();
    }
}
