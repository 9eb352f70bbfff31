package org.zhibiao.domain;

import java.util.List;
import java.util.Optional;

/** Indicators and targets. */
public interface CatalogueRepository {

    /** In catalogue order. */
    List<Indicator> indicators();

    Optional<Indicator> indicator(String code);

    /** In catalogue order. */
    List<Target> targets();

    List<Target> targetsOf(String indicatorCode);

    /** Inserts or updates an indicator by its code. */
    void saveIndicator(Indicator indicator);

    /** Inserts or updates a target by its key (indicator, region, year). */
    void saveTarget(Target target);

    void deleteTarget(Target.Key key);

    /** Replaces the whole catalogue in one transaction; observations of kept indicators stay. */
    void replaceAll(List<Indicator> indicators, List<Target> targets);
}
