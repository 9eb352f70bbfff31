package org.zhibiao.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;

/**
 * 2020 targets for the home region where the plan documents set only a 2015 one, marked as demo.
 * They measure progress from the end of 2015, where the 2015 plan period closes.
 */
final class DemoTargets {

    static final String NOTE = "演示目标：2020年目标以2015年末为基期";
    static final int PLAN_YEAR = 2015;
    static final int NEXT_PLAN_YEAR = 2020;

    private DemoTargets() {
    }

    static List<Target> of(Region home, List<Target> existing, List<Map.Entry<Indicator, DemoProfile>> indicators) {
        Set<Target.Key> keys = new HashSet<>();
        existing.forEach(t -> keys.add(t.key()));
        List<Target> out = new ArrayList<>();
        for (var entry : indicators) {
            DemoProfile profile = entry.getValue();
            String code = entry.getKey().code();
            if (profile.demoTarget2020() == null || keys.contains(new Target.Key(code, home.code(), NEXT_PLAN_YEAR))) {
                continue;
            }
            existing.stream().filter(t -> t.key().equals(new Target.Key(code, home.code(), PLAN_YEAR))).findFirst()
                    .ifPresent(t -> out.add(demoTarget(t, profile.demoTarget2020())));
        }
        return out;
    }

    private static Target demoTarget(Target plan2015, double value) {
        return new Target(plan2015.indicatorCode(), plan2015.regionCode(), plan2015.regionName(), NEXT_PLAN_YEAR,
                plan2015.comparator(), value, null, Period.endOf(PLAN_YEAR), null, false, plan2015.type(), "",
                plan2015.leadDepartments(), NOTE, true);
    }
}
