package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.analysis.DataCheck.Severity;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;

/**
 * Findings about a period's data for a region and every region under it: missing returns (no
 * value at all while a sibling has some), jumps from the previous comparable period, reported
 * values that differ from the roll-up of the regions below, and own targets already met at the
 * baseline. Jump thresholds are the indicator's own, else 20 percentage points for percentages
 * and 50 % of the previous value for others (an indicator's threshold is in percentage points
 * for percentages and in per cent of the previous value otherwise).
 */
public final class DataChecks {

    static final double DEFAULT_JUMP_POINTS = 20;
    static final double DEFAULT_JUMP_PERCENT = 50;
    static final double ROLLUP_TOLERANCE_POINTS = 0.5;
    static final double ROLLUP_TOLERANCE_RELATIVE = 0.01;

    private final RegionHierarchy regions;
    private final List<Indicator> indicators;
    private final TargetBook targets;
    private final RollUp rollUp;
    private final Facts facts;

    public DataChecks(RegionHierarchy regions, List<Indicator> indicators, TargetBook targets, RollUp rollUp,
                      Facts facts) {
        this.regions = regions;
        this.indicators = indicators;
        this.targets = targets;
        this.rollUp = rollUp;
        this.facts = facts;
    }

    public List<DataCheck> check(String rootCode, Period t) {
        List<DataCheck> out = new ArrayList<>();
        for (String region : regions.subtree(rootCode)) {
            missingReturn(region, t, out);
            for (Indicator indicator : indicators) {
                jump(indicator, region, t, out);
                rollUpDiffers(indicator, region, t, out);
                metAtBaseline(indicator, region, t, out);
            }
        }
        return out;
    }

    /** The periods {@link #check} reads besides those of the status rows. */
    public static List<Period> periodsNeeded(Period t) {
        return List.of(t, t.previous(), t.yearEarlier());
    }

    private void missingReturn(String region, Period t, List<DataCheck> out) {
        String parent = regions.parent(region);
        if (parent == null || facts.hasAny(region, t)) {
            return;
        }
        long reporting = regions.children(parent).stream().filter(s -> facts.hasAny(s, t)).count();
        if (reporting > 0) {
            out.add(new DataCheck(region, null, t, "analysis.check.missingReturn",
                    List.of(t.toString(), reporting, regions.children(parent).size()), Severity.WARNING));
        }
    }

    private void jump(Indicator indicator, String region, Period t, List<DataCheck> out) {
        Period previous = comparablePrevious(indicator, t);
        Figure now = previous == null ? null : rollUp.reported(indicator, region, t);
        Figure before = now == null ? null : rollUp.reported(indicator, region, previous);
        if (before == null || now.value() == null || before.value() == null) {
            return;
        }
        double size = jumpSize(indicator, before.value(), now.value());
        if (size > jumpLimit(indicator)) {
            String key = indicator.isPercentage() ? "analysis.check.jumpPoints" : "analysis.check.jumpPercent";
            out.add(new DataCheck(region, indicator.code(), t, key, List.of(previous.toString(),
                    number(indicator, before.value()), number(indicator, now.value()),
                    Explaining.plain(size, 1)), Severity.WARNING));
        }
    }

    /**
     * The size of the change from the previous value: in percentage points for percentages, else
     * in per cent of the previous value (0 from zero: a change from zero is not judged).
     */
    public static double jumpSize(Indicator indicator, double before, double now) {
        double change = now - before;
        if (indicator.isPercentage()) {
            return Math.abs(change);
        }
        return before == 0 ? 0 : Math.abs(change / before) * 100;
    }

    /** The largest change that is not a jump: the indicator's own threshold, else the default. */
    public static double jumpLimit(Indicator indicator) {
        if (indicator.jumpThreshold() != null) {
            return indicator.jumpThreshold();
        }
        return indicator.isPercentage() ? DEFAULT_JUMP_POINTS : DEFAULT_JUMP_PERCENT;
    }

    /**
     * Whether a value and the roll-up of the regions below differ by more than 0.5 percentage
     * points for percentages, else by more than 1 % of {@code relativeTo}.
     */
    public static boolean differsFromRollUp(Indicator indicator, double value, double rolled, double relativeTo) {
        double difference = Math.abs(value - rolled);
        return indicator.isPercentage() ? difference > ROLLUP_TOLERANCE_POINTS
                : difference > ROLLUP_TOLERANCE_RELATIVE * Math.abs(relativeTo);
    }

    /** The previous quarter; for annual indicators the previous year; none for a flow's Q1. */
    private static Period comparablePrevious(Indicator indicator, Period t) {
        if (!indicator.frequency().reportedIn(t)) {
            return null;
        }
        if (!indicator.frequency().reportedIn(t.previous())) {
            return t.yearEarlier();
        }
        return indicator.isFlow() && t.quarter() == 1 ? null : t.previous();
    }

    private void rollUpDiffers(Indicator indicator, String region, Period t, List<DataCheck> out) {
        Figure reported = rollUp.reported(indicator, region, t);
        Figure rolled = reported == null || reported.value() == null ? null : rollUp.rollUp(indicator, region, t);
        if (rolled == null || rolled.value() == null) {
            return;
        }
        if (differsFromRollUp(indicator, reported.value(), rolled.value(), reported.value())) {
            out.add(new DataCheck(region, indicator.code(), t, "analysis.check.rollUpDiffers",
                    List.of(number(indicator, reported.value()), number(indicator, rolled.value()),
                            rolled.coverage().toString()), Severity.WARNING));
        }
    }

    private void metAtBaseline(Indicator indicator, String region, Period t, List<DataCheck> out) {
        if (indicator.isFlow()) {
            return;
        }
        for (int year : targets.years(indicator.code(), region)) {
            Target target = targets.resolve(indicator.code(), region, year);
            if (!target.regionCode().equals(region) || year < t.year()) {
                continue;
            }
            Measurement m = Measurement.of(indicator, target, region, t, rollUp);
            Trajectory trajectory = new Trajectory(target.comparator(), target.value(), target.valueMax(), m.actual(),
                    m.base(), t, m.basePeriod(), target.targetPeriod());
            if (m.base() != null && trajectory.meets(m.base())) {
                out.add(new DataCheck(region, indicator.code(), t, "analysis.check.metAtBaseline",
                        List.of(year, number(indicator, m.base()), number(indicator, target.value())),
                        Severity.NOTICE));
            }
        }
    }

    private static String number(Indicator indicator, double v) {
        return Explaining.plain(v, indicator.decimals());
    }
}
