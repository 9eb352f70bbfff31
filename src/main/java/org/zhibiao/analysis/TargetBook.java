package org.zhibiao.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Target;

/**
 * The targets of a catalogue by indicator, region and year, with STATUS.md rule 2's inheritance:
 * a region without a target of its own for a year is measured against its nearest ancestor's,
 * unless that target is a total.
 */
public final class TargetBook {

    private final RegionHierarchy regions;
    private final Set<String> totals;
    private final Map<String, Map<String, Map<Integer, Target>>> targets = new HashMap<>();

    /** {@code indicators}: a {@code sum} indicator's targets are totals that no region under it inherits. */
    public TargetBook(List<Target> all, RegionHierarchy regions, List<Indicator> indicators) {
        this.regions = regions;
        this.totals = indicators.stream().filter(i -> i.kind() == IndicatorKind.SUM).map(Indicator::code)
                .collect(Collectors.toSet());
        for (Target t : all) {
            targets.computeIfAbsent(t.indicatorCode(), k -> new HashMap<>())
                    .computeIfAbsent(t.regionCode(), k -> new HashMap<>())
                    .put(t.targetYear(), t);
        }
    }

    /** The region's own target for the year, else its nearest ancestor's; null when there is none. */
    public Target resolve(String indicatorCode, String regionCode, int year) {
        Map<String, Map<Integer, Target>> byRegion = targets.get(indicatorCode);
        if (byRegion == null) {
            return null;
        }
        for (String code : regions.selfAndAncestors(regionCode)) {
            Target target = byRegion.getOrDefault(code, Map.of()).get(year);
            if (target != null && applies(target, regionCode)) {
                return target;
            }
        }
        return null;
    }

    /** The target years that apply to the region (its own and those inherited), in order. */
    public SortedSet<Integer> years(String indicatorCode, String regionCode) {
        SortedSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Target>> byRegion = targets.get(indicatorCode);
        if (byRegion != null) {
            for (String code : regions.selfAndAncestors(regionCode)) {
                byRegion.getOrDefault(code, Map.of()).values().stream().filter(t -> applies(t, regionCode))
                        .forEach(t -> years.add(t.targetYear()));
            }
        }
        return years;
    }

    /** Every target year of the catalogue, in order. */
    public SortedSet<Integer> allYears() {
        SortedSet<Integer> years = new TreeSet<>();
        targets.values().forEach(byRegion -> byRegion.values().forEach(byYear -> years.addAll(byYear.keySet())));
        return years;
    }

    /** STATUS.md rule 2: a total (a sum indicator's target that is not yes/no) holds for its own region only. */
    private boolean applies(Target target, String regionCode) {
        return target.regionCode().equals(regionCode) || !totals.contains(target.indicatorCode())
                || target.comparator() == Comparator.YES;
    }

    /**
     * The target year in force at a period's year: the first target year not before it, else the
     * last one; null without targets.
     */
    public Integer defaultYear(String indicatorCode, String regionCode, int periodYear) {
        SortedSet<Integer> years = years(indicatorCode, regionCode);
        if (years.isEmpty()) {
            return null;
        }
        SortedSet<Integer> ahead = years.tailSet(periodYear);
        return ahead.isEmpty() ? years.last() : ahead.first();
    }
}
