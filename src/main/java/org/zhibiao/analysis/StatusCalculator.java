package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;

/** Builds the status rows of STATUS.md for regions, periods and target years. */
public final class StatusCalculator {

    /** The explanation of a row whose comparison a definition change breaks (口径调整，不可比). */
    public static final String DEFINITION_CHANGE = "analysis.explain.definitionChange";

    private final List<Indicator> indicators;
    private final TargetBook targets;
    private final DefinitionBreaks breaks;
    private final RollUp rollUp;
    private final ProgressJudge judge;

    public StatusCalculator(List<Indicator> indicators, TargetBook targets, DefinitionBreaks breaks, RollUp rollUp,
                            ProgressJudge judge) {
        this.indicators = indicators;
        this.targets = targets;
        this.breaks = breaks;
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

    /**
     * The view of STATUS.md "Which target a view judges": exactly one row per indicator, each
     * against the target the choice names for it (none: a NO_TARGET or NO_DATA row).
     */
    public List<StatusRow> view(String regionCode, Period t, TargetChoice choice) {
        List<StatusRow> rows = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            rows.add(row(indicator, regionCode, t, yearFor(indicator, regionCode, t, choice)));
        }
        return rows;
    }

    /** The target year the choice names for an indicator and region; null when none is in force. */
    public Integer yearFor(Indicator indicator, String regionCode, Period t, TargetChoice choice) {
        return choice.inForce() ? targets.defaultYear(indicator.code(), regionCode, t.year()) : choice.year();
    }

    /** The row of one indicator against the target of a year (null: no target year). */
    public StatusRow row(Indicator indicator, String regionCode, Period t, Integer targetYear) {
        Target target = targetYear == null ? null : targets.resolve(indicator.code(), regionCode, targetYear);
        Measurement m = Measurement.of(indicator, target, regionCode, t, rollUp);
        if (judge.method() == Method.OPEN_SDG) {
            m = m.withLaterBase(indicator, regionCode, t, rollUp);
        }
        Figure f = m.figure();
        DefinitionChange yearBreak = breaks.between(indicator.code(), t.yearEarlier(), t);
        Double trendValue = yearBreak == null ? trendValue(indicator, regionCode, t, f) : null;
        Trend trend = trendValue == null ? null : Trend.of(trendValue);
        if (target == null) {
            Status status = m.actual() == null ? Status.NO_DATA : Status.NO_TARGET;
            Explanation why = status == Status.NO_DATA ? noData(indicator, t, f)
                    : yearBreak != null ? notComparable(yearBreak) : Explanation.of("analysis.explain.noTarget");
            return new StatusRow(indicator, regionCode, t, m.actual(), numerator(f), denominator(f), source(f),
                    coverage(f), targetYear, null, null, null, null, null, null, null, null, null, null, null,
                    status, null, why, trend, trendValue);
        }
        DefinitionChange baseBreak = m.basePeriod() == null ? null
                : breaks.between(indicator.code(), m.basePeriod(), t);
        Double base = baseBreak == null ? m.base() : null;
        Trajectory trajectory = new Trajectory(target.comparator(), target.value(), target.valueMax(), m.actual(),
                base, t, m.basePeriod(), target.targetPeriod());
        Progress p = judge.judge(trajectory, indicator.decimals());
        Explanation why = p.status() == Status.NO_DATA ? noData(indicator, t, f)
                : baseBreak != null && p.status() != Status.ACHIEVED ? notComparable(baseBreak) : p.explanation();
        if (m.movedFrom() != null) {
            why = why.withNote(Explanation.of("analysis.explain.laterBase", m.movedFrom(), m.basePeriod()));
        }
        return new StatusRow(indicator, regionCode, t, m.actual(), numerator(f), denominator(f), source(f),
                coverage(f), targetYear, target.comparator(), target.value(), target.valueMax(), m.basePeriod(),
                base, p.timeProgress(), p.expected(), p.taskProgress(), p.progressRatio(), p.gapToTarget(),
                p.gapToExpected(), p.status(), target.regionCode(), why, trend, trendValue);
    }

    /** The trend value from the same quarter a year earlier (STATUS.md), null where it cannot be judged. */
    private Double trendValue(Indicator indicator, String regionCode, Period t, Figure now) {
        Measurement before = Measurement.of(indicator, null, regionCode, t.yearEarlier(), rollUp);
        if (now == null || now.value() == null || before.actual() == null) {
            return null;
        }
        double value = Trend.value(now.value(), before.actual(), 1, indicator.direction().sign());
        return Double.isNaN(value) ? null : value;
    }

    /** 口径调整，不可比: the values before the change are not compared with those after it. */
    private static Explanation notComparable(DefinitionChange change) {
        return Explanation.of(DEFINITION_CHANGE, change.from().toString());
    }

    private static Explanation noData(Indicator indicator, Period t, Figure f) {
        if (f != null && f.overflowed()) {
            return Explanation.of("analysis.explain.overflow", t);
        }
        if (!indicator.frequency().reportedIn(t)) {
            return Explanation.of("analysis.explain.annualOnly", t);
        }
        return Explanation.of("analysis.explain.noData", t);
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
