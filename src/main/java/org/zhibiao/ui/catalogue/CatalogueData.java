package org.zhibiao.ui.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhibiao.analysis.MonitoredSet;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;

/** What the catalogue screen shows, read in one go in the background. */
record CatalogueData(List<Indicator> indicators, List<Target> targets, Optional<Region> home, List<Plan> plans,
                     MonitoredSet monitored) {

    static final CatalogueData EMPTY = new CatalogueData(List.of(), List.of(), Optional.empty(), List.of(),
            new MonitoredSet(List.of(), List.of(), "", List.of(), Map.of()));

    static CatalogueData read(Workspace workspace) {
        return new CatalogueData(workspace.catalogue().indicators(), workspace.catalogue().targets(),
                workspace.regions().home(), workspace.plans().plans(), workspace.plans().monitoredSet());
    }

    List<Target> targetsOf(String code) {
        return targets.stream().filter(t -> t.indicatorCode().equals(code)).toList();
    }

    /** The targets a plan sets, in catalogue order. */
    List<Target> targetsOfPlan(String planCode) {
        return targets.stream().filter(t -> t.doc().equals(planCode)).toList();
    }

    Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
