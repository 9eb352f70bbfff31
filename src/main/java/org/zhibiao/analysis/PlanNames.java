package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;

/** The plan that sets the target a status row is judged against, cited as people cite a document. */
public final class PlanNames {

    public static final PlanNames NONE = new PlanNames(List.of(), List.of());

    private final Map<Target.Key, Plan> byTarget = new HashMap<>();
    private final Set<Target.Key> demo = new HashSet<>();

    public PlanNames(List<Target> targets, List<Plan> plans) {
        Map<String, Plan> byCode = new HashMap<>();
        plans.forEach(p -> byCode.put(p.code(), p));
        for (Target t : targets) {
            if (t.demo()) {
                demo.add(t.key());
            }
            Plan plan = byCode.get(t.doc());
            if (plan != null) {
                byTarget.put(t.key(), plan);
            }
        }
    }

    /** The plan of the row's target; empty for a row without a target or a target no plan sets. */
    public Optional<Plan> of(StatusRow row) {
        if (row.targetYear() == null || row.targetRegionCode() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byTarget.get(
                new Target.Key(row.indicator().code(), row.targetRegionCode(), row.targetYear())));
    }

    /** The rows whose targets a plan sets, by plan, plans and rows in the order of the rows. */
    public Map<Plan, List<StatusRow>> byPlan(List<StatusRow> rows) {
        Map<Plan, List<StatusRow>> out = new LinkedHashMap<>();
        rows.forEach(r -> of(r).ifPresent(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(r)));
        return out;
    }

    /** Whether the row's target was invented for the demo database, so no plan sets it. */
    public boolean isDemo(StatusRow row) {
        return row.targetYear() != null && row.targetRegionCode() != null && demo.contains(
                new Target.Key(row.indicator().code(), row.targetRegionCode(), row.targetYear()));
    }

    /**
     * 《title》（number） in Chinese, "title (number)" in English, the number as it is when it comes
     * in brackets already; "" when no plan sets the row's target.
     */
    public String cite(StatusRow row, boolean chinese) {
        return of(row).map(p -> cite(p, chinese)).orElse("");
    }

    public static String cite(Plan plan, boolean chinese) {
        String number = plan.number();
        boolean bracketed = number.startsWith("(") || number.startsWith("（");
        String cited = number.isEmpty() || bracketed ? number : chinese ? "（" + number + "）" : "(" + number + ")";
        return chinese ? "《" + plan.title(true) + "》" + cited : plan.title(false) + (cited.isEmpty() ? "" : " " + cited);
    }
}
