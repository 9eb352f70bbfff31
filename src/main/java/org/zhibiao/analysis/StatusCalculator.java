package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;

/** Builds the status rows of STATUS.md for regions, periods and target years. */
public final class StatusCalculator {

    private final List<Indicator> indicators;
    private final TargetBook targets;
    private final RollUp rollUp;
    private final ProgressJudge judge;

    public StatusCalculator(List<Indicator> indicators, TargetBook targets, RollUp rollUp, ProgressJudge judge) {
        this.indicators = indicators;
        this.targets = targets;
        this.rollUp = rollUp;
        this.judge = judge;
    }

    /**
     * One row per indicator and target year for the region: every year with a target (own or
     * inherited) when {@code targetYear} is null, plus a row without target for an indicator
     * that has none; only that year otherwise.
     */
    public List<StatusRow> rows(String regionCode, Period t, Integer targetYear) {
        List<StatusRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (targetYear != null) {
                rows.add(row(indicator, regionCode, t, targetYear));
                continue;
            }
            SortedSet<Integer> years = targets.years(indicator.code(), regionCode);
            if (years.isEmpty()) {
                rows.add(row(indicator, regionCode, t, null));
            }
            for (int year : years) {
                rows.add(row(indicator, regionCode, t, year));
            }
        }
        return rows;
    }

    /** The row of one indicator against the target of a year (null: no target year). */
    public StatusRow row(Indicator indicator, String regionCode, Period t, Integer targetYear) {
        Target target = targetYear == null ? null : targets.resolve(indicator.code(), regionCode, targetYear);
        Measurement m = Measurement.of(indicator, target, regionCode, t, rollUp);
        Figure f = m.figure();
        if (target == null) {
            Status status = m.actual() == null ? Status.NO_DATA : Status.NO_TARGET;
            Explanation why = status == Status.NO_DATA ? noData(indicator, t, f)
                    : Explanation.of("analysis.explain.noTarget");
            return new StatusRow(indicator, regionCode, t, m.actual(), numerator(f), denominator(f), source(f),
                    coverage(f), targetYear, null, null, null, null, null, null, null, null, null, null, null,
                    status, null, why);
        }
        Trajectory trajectory = new Trajectory(target.comparator(), target.value(), target.valueMax(), m.actual(),
                m.base(), t, m.basePeriod(), target.targetPeriod());
        Progress p = judge.judge(trajectory, indicator.decimals());
        Explanation why = p.status() == Status.NO_DATA ? noData(indicator, t, f) : p.explanation();
        return new StatusRow(indicator, regionCode, t, m.actual(), numerator(f), denominator(f), source(f),
                coverage(f), targetYear, target.comparator(), target.value(), target.valueMax(), m.basePeriod(),
                m.base(), p.timeProgress(), p.expected(), p.taskProgress(), p.progressRatio(), p.gapToTarget(),
                p.gapToExpected(), p.status(), target.regionCode(), why);
    }

    /** The year a single-row view uses when none is chosen (see {@link TargetBook#defaultYear}). */
    public Integer defaultYear(Indicator indicator, String regionCode, Period t) {
        return targets.defaultYear(indicator.code(), regionCode, t.year());
    }

    private static Explanation noData(Indicator indicator, Period t, Figure f) {
        if (f != null && f.overflowed()) {
            return Explanation.of("analysis.explain.overflow", t.toString());
        }
        if (!indicator.frequency().reportedIn(t)) {
            return Explanation.of("analysis.explain.annualOnly", t.toString());
        }
        return Explanation.of("analysis.explain.noData", t.toString());
    }

    private static Double numerator(Figure f) {
        return f == null ? null : f.numerator();
    }

    private static Double denominator(Figure f) {
        return f == null ? null : f.denominator();
    }

    private static Source source(Figure f) {
        return f == null ? null : f.source();
    }

    private static Coverage coverage(Figure f) {
        return f == null ? null : f.coverage();
    }
}
