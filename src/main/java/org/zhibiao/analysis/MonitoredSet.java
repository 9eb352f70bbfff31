package org.zhibiao.analysis;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;

/**
 * The indicators a database monitors (PRODUCT.md): those a plan that is not retired sets a target
 * for in the home region, a region above it or a region under it, then the choices made by hand
 * (纳入监测 adds an indicator, 取消监测 takes it out).
 */
public final class MonitoredSet {

    private final Set<String> retired = new HashSet<>();
    private final Set<String> relevant;
    private final Set<String> byPlans = new HashSet<>();
    private final Map<String, Boolean> choices;

    /**
     * @param homeCode    the database's home region
     * @param regionCodes the regions of the database (the home region and those under it)
     */
    public MonitoredSet(List<Target> targets, List<Plan> plans, String homeCode, Collection<String> regionCodes,
                        Map<String, Boolean> choices) {
        plans.stream().filter(Plan::retired).forEach(p -> retired.add(p.code()));
        this.relevant = new HashSet<>(regionCodes);
        relevant.add(homeCode);
        relevant.addAll(ancestors(homeCode));
        for (Target t : targets) {
            if (concerns(t)) {
                byPlans.add(t.indicatorCode());
            }
        }
        this.choices = Map.copyOf(choices);
    }

    /** Whether the target is one of this database's: set for a region in, above or under the home region by a plan in force. */
    public boolean concerns(Target target) {
        return relevant.contains(target.regionCode()) && !retired.contains(target.doc());
    }

    /** Whether a plan makes the indicator monitored, whatever was chosen by hand. */
    public boolean setByPlans(String indicatorCode) {
        return byPlans.contains(indicatorCode);
    }

    public boolean contains(String indicatorCode) {
        return choices.getOrDefault(indicatorCode, byPlans.contains(indicatorCode));
    }

    /** The monitored ones among {@code indicators}, in their order. */
    public List<Indicator> filter(List<Indicator> indicators) {
        return indicators.stream().filter(i -> contains(i.code())).toList();
    }

    /** The regions above a GB/T 2260 code, nearest first: 220102 → 220100, 220000. */
    static List<String> ancestors(String code) {
        if (code.length() != 6) {
            return List.of();
        }
        String city = code.substring(0, 4) + "00";
        String province = code.substring(0, 2) + "0000";
        if (code.equals(province)) {
            return List.of();
        }
        return code.equals(city) ? List.of(province) : List.of(city, province);
    }
}
