package org.zhibiao.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Period;

/**
 * Turns status rows into the factories' datasets. Across indicators (different units) values
 * are put on one progress scale: 0 = the baseline, 100 = the target being judged (the first
 * target year not before the quarter's), so the expected-by-now mark sits at the time progress
 * and other target years fall where they lie; the labels keep each indicator's own unit.
 * Across the regions of one indicator everything stays in that indicator's unit.
 */
public final class StatusDatasets {

    private final ValueText text;
    private final Function<String, String> regionName;

    public StatusDatasets(ValueText text, Function<String, String> regionName) {
        this.text = text;
        this.regionName = regionName;
    }

    /** One bar per indicator, on the progress scale; indicators without a usable baseline are left out. */
    public List<TargetComparison> progressByIndicator(List<StatusRow> rows) {
        List<TargetComparison> out = new ArrayList<>();
        for (List<StatusRow> group : byIndicator(rows).values()) {
            StatusRow ref = reference(group);
            if (ref == null) {
                continue;
            }
            StatusRow judged = judged(group);
            Map<Integer, Double> targets = new TreeMap<>();
            group.stream().filter(r -> r.target() != null).forEach(r -> targets.put(r.targetYear(), scale(ref, r.target())));
            out.add(TargetComparison.of(text.name(ref.indicator()), scale(ref, ref.value()),
                    scale(ref, judged.expected()), targets, judged.status(), text.value(ref.indicator(), ref.value())));
        }
        return out;
    }

    /** One bar per region for one indicator, in its unit, with each region's targets. */
    public List<TargetComparison> valueByRegion(List<StatusRow> rows) {
        Map<String, List<StatusRow>> byRegion = new LinkedHashMap<>();
        rows.forEach(r -> byRegion.computeIfAbsent(r.regionCode(), k -> new ArrayList<>()).add(r));
        List<TargetComparison> out = new ArrayList<>();
        for (List<StatusRow> group : byRegion.values()) {
            StatusRow ref = judged(group);
            Map<Integer, Double> targets = new TreeMap<>();
            group.stream().filter(r -> r.target() != null).forEach(r -> targets.put(r.targetYear(), r.target()));
            out.add(TargetComparison.of(regionName.apply(ref.regionCode()), ref.value(), ref.expected(), targets,
                    ref.status(), text.value(ref.indicator(), ref.value())));
        }
        return out;
    }

    /** Gap per indicator as a share of its baseline-to-target distance; labels in the unit. */
    public List<GapItem> gapsByIndicator(List<StatusRow> rows) {
        List<GapItem> out = new ArrayList<>();
        for (List<StatusRow> group : byIndicator(rows).values()) {
            StatusRow ref = judged(group);
            if (!hasBaseline(ref)) {
                continue;
            }
            double distance = Math.abs(ref.target() - ref.baseValue()) / 100;
            out.add(new GapItem(text.name(ref.indicator()), divide(ref.gapToTarget(), distance),
                    divide(ref.gapToExpected(), distance), ref.status(), text.gap(ref.indicator(), ref.gapToTarget())));
        }
        return out;
    }

    /** Gap per region for one indicator and target year, in the indicator's unit. */
    public List<GapItem> gapsByRegion(List<StatusRow> rows) {
        return rows.stream().map(r -> new GapItem(regionName.apply(r.regionCode()), r.gapToTarget(), r.gapToExpected(),
                r.status(), text.gap(r.indicator(), r.gapToTarget()))).toList();
    }

    /** Regions best first by value (in the indicator's direction), those without a value last. */
    public List<RankItem> rankByValue(List<StatusRow> rows) {
        int sign = rows.isEmpty() || rows.get(0).indicator().direction() != Direction.LOWER ? -1 : 1;
        return rows.stream()
                .sorted(Comparator.comparing(StatusRow::value, Comparator.nullsLast(Comparator.comparingDouble(v -> sign * v))))
                .map(r -> new RankItem(regionName.apply(r.regionCode()), r.value(), r.status(),
                        text.value(r.indicator(), r.value())))
                .toList();
    }

    /** Regions best first by progress ratio (1 = exactly on schedule), those without one last. */
    public List<RankItem> rankByProgress(List<StatusRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(StatusRow::progressRatio, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(r -> new RankItem(regionName.apply(r.regionCode()), r.progressRatio(), r.status(),
                        text.ratio(r.progressRatio())))
                .toList();
    }

    /**
     * The history's values, and for each target year among {@code targetRows} (rows of the
     * current quarter) the path from its baseline to its target.
     */
    public static TrendData trend(List<StatusRow> history, List<StatusRow> targetRows, Period current) {
        List<TrendData.Point> points = history.stream().filter(r -> r.value() != null)
                .map(r -> new TrendData.Point(r.period(), r.value())).distinct().toList();
        List<TrendData.Trajectory> paths = targetRows.stream()
                .filter(r -> r.target() != null && r.basePeriod() != null && r.baseValue() != null)
                .sorted(Comparator.comparing(StatusRow::targetYear))
                .map(r -> new TrendData.Trajectory(r.targetYear(), r.basePeriod(), r.baseValue(),
                        Period.endOf(r.targetYear()), r.target()))
                .toList();
        return new TrendData(points, paths, current);
    }

    /** The target the rows share, for the ranking's target line; null when they differ. */
    public static Double commonTarget(List<StatusRow> rows) {
        List<Double> targets = rows.stream().map(StatusRow::target).distinct().toList();
        return targets.size() == 1 ? targets.get(0) : null;
    }

    private static Map<String, List<StatusRow>> byIndicator(List<StatusRow> rows) {
        Map<String, List<StatusRow>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.indicator().code(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /**
     * The row that sets 100 on the progress scale: the target year being judged if it has a
     * baseline apart from its target, else the latest one that has.
     */
    private static StatusRow reference(List<StatusRow> group) {
        StatusRow judged = judged(group);
        if (hasBaseline(judged)) {
            return judged;
        }
        return group.stream().filter(StatusDatasets::hasBaseline)
                .max(Comparator.comparing(StatusRow::targetYear)).orElse(null);
    }

    /**
     * The row a reader judges by: the first target year not before the period's, else the last
     * one (as the status command does when no year is chosen).
     */
    static StatusRow judged(List<StatusRow> group) {
        List<StatusRow> withTarget = group.stream().filter(r -> r.target() != null)
                .sorted(Comparator.comparing(StatusRow::targetYear)).toList();
        if (withTarget.isEmpty()) {
            return group.get(0);
        }
        return withTarget.stream().filter(r -> r.targetYear() >= r.period().year()).findFirst()
                .orElse(withTarget.get(withTarget.size() - 1));
    }

    private static boolean hasBaseline(StatusRow r) {
        return r.target() != null && r.baseValue() != null && Math.abs(r.target() - r.baseValue()) > 1e-9;
    }

    private static Double scale(StatusRow ref, Double x) {
        return x == null ? null : (x - ref.baseValue()) / (ref.target() - ref.baseValue()) * 100;
    }

    private static Double divide(Double x, double by) {
        return x == null ? null : x / by;
    }
}
