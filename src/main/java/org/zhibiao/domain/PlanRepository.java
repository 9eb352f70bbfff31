package org.zhibiao.domain;

import java.util.List;
import java.util.Map;

/** The plans of a database and the indicators monitored or not by hand. */
public interface PlanRepository {

    /** In catalogue order, retired ones included. */
    List<Plan> plans();

    /** Inserts or updates a plan by its code. */
    void savePlan(Plan plan);

    /** Removes a plan and every target it sets. */
    void deletePlan(String code);

    /** Replaces every plan in one transaction (targets are left to the catalogue). */
    void replacePlans(List<Plan> plans);

    /** By indicator code: true taken into the monitored set by hand (纳入监测), false taken out (取消监测). */
    Map<String, Boolean> monitorChoices();

    /** Records a choice; null forgets it, so the plans decide again. */
    void chooseMonitored(String indicatorCode, Boolean monitored);

    /** Replaces every choice in one transaction. */
    void replaceMonitorChoices(Map<String, Boolean> choices);
}
