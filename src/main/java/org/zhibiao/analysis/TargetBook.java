package org.zhibiao.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.zhibiao.domain.Target;

/**
 * The targets of a catalogue by indicator, region and year, with STATUS.md rule 2's inheritance:
 * a region without a target of its own for a year is measured against its nearest ancestor's.
 */
public final class TargetBook {

    private final RegionHierarchy regions;
    private final Map<String, Map<String, Map<Integer, Target>>> targets = new HashMap<>();

    public TargetBook(List<Target> all, RegionHierarchy regions) {
        this.regions = regions;
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
            Map<Integer, Target> byYear = byRegion.get(code);
            if (byYear != null && byYear.containsKey(year)) {
                return byYear.get(year);
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
                years.addAll(byRegion.getOrDefault(code, Map.of()).keySet());
            }
        }
        return years;
    }

    /**
     * The year a single-row view shows when none is chosen: the first target year not before
     * the period's, else the last one; null without targets.
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
