package org.zhibiao.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.MonitoredSet;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.PlanRepository;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.ZhibiaoException;

/** The plans of a database and the indicators it monitors. */
public final class PlanService {

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final PlanRepository plans;

    public PlanService(RegionRepository regions, CatalogueRepository catalogue, PlanRepository plans) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /** In catalogue order, retired ones included. */
    public List<Plan> plans() {
        return plans.plans();
    }

    /**
     * What keeps a plan from being kept: the plan's own rules ({@link Plan#problems()}, as for a
     * row of the workbook's sheet 规划) and, for a new plan, a code another plan has.
     */
    public List<Plan.Problem> problems(Plan plan, boolean adding) {
        List<Plan.Problem> out = new ArrayList<>(plan.problems());
        if (adding && plans.plans().stream().anyMatch(p -> p.code().equals(plan.code()))) {
            out.add(new Plan.Problem("code", "catalogue.problem.duplicatePlan"));
        }
        return out;
    }

    /** Adds a plan, or changes the one with its code; refused when it has {@link #problems}. */
    public void save(Plan plan, boolean adding) {
        if (!problems(plan, adding).isEmpty()) {
            throw new ZhibiaoException("plans.error.invalid", null, plan.code());
        }
        plans.savePlan(plan);
    }

    /** Retires a plan (its targets stop counting) or brings it back. */
    public void retire(String code, boolean retired) {
        Plan plan = plans.plans().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new ZhibiaoException("plans.error.unknownPlan", null, code));
        plans.savePlan(plan.withRetired(retired));
    }

    /** Removes a plan and its targets. */
    public void delete(String code) {
        plans.deletePlan(code);
    }

    /** The monitored set of the database (empty without a home region). */
    public MonitoredSet monitoredSet() {
        Region home = regions.home().orElse(null);
        if (home == null) {
            return new MonitoredSet(List.of(), List.of(), "", List.of(), Map.of());
        }
        List<String> codes = regions.all().stream().map(Region::code).toList();
        return new MonitoredSet(catalogue.targets(), plans.plans(), home.code(), codes, plans.monitorChoices());
    }

    /** Which plan sets each target, to name it beside a status row. */
    public PlanNames names() {
        return new PlanNames(catalogue.targets(), plans.plans());
    }

    /** The monitored indicators, in catalogue order. */
    public List<Indicator> monitored() {
        return monitoredSet().filter(catalogue.indicators());
    }

    /** The monitored indicators a region reports at the period: what its return asks for then. */
    public List<Indicator> due(Period period) {
        return monitored().stream().filter(i -> i.frequency().reportedIn(period)).toList();
    }

    /** 纳入监测 (true), 取消监测 (false), or back to what the plans say (null). */
    public void chooseMonitored(String indicatorCode, Boolean monitored) {
        plans.chooseMonitored(indicatorCode, monitored);
    }

    public Map<String, Boolean> monitorChoices() {
        return plans.monitorChoices();
    }
}
