package org.zhibiao.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;

/** Current observations indexed by indicator, period and region, as the analysis reads them. */
public final class Facts {

    private final Map<String, Map<Integer, Map<String, Observation>>> byIndicator = new HashMap<>();
    private final Set<String> regionPeriods = new HashSet<>();

    public Facts(Collection<Observation> observations) {
        for (Observation o : observations) {
            if (o.value() == null && !o.hasFraction()) {
                continue;
            }
            byIndicator.computeIfAbsent(o.indicatorCode(), k -> new HashMap<>())
                    .computeIfAbsent(o.period().index(), k -> new HashMap<>())
                    .put(o.regionCode(), o);
            regionPeriods.add(key(o.regionCode(), o.period()));
        }
    }

    public Observation get(String indicatorCode, Period period, String regionCode) {
        Map<Integer, Map<String, Observation>> periods = byIndicator.get(indicatorCode);
        if (periods == null) {
            return null;
        }
        Map<String, Observation> regions = periods.get(period.index());
        return regions == null ? null : regions.get(regionCode);
    }

    /** Whether the region has any value of any indicator at the period. */
    public boolean hasAny(String regionCode, Period period) {
        return regionPeriods.contains(key(regionCode, period));
    }

    private static String key(String regionCode, Period period) {
        return regionCode + '@' + period.index();
    }
}
