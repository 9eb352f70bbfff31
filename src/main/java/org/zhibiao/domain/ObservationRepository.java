package org.zhibiao.domain;

import java.util.List;
import java.util.function.Consumer;

/** Current values (the latest revision of each indicator, region and period). */
public interface ObservationRepository {

    /** Every current value of a period. */
    List<Observation> atPeriod(Period period);

    /** Current values of one indicator for one region, oldest first. */
    List<Observation> series(String indicatorCode, String regionCode);

    /** Current values, optionally limited to a period and to a region and its descendants. */
    List<Observation> find(Period periodOrNull, String regionCodeOrNull);

    /**
     * The current values of one region at one period and, with {@code children}, those of its
     * direct children: codes, values, numerators, denominators and revisions, without note or
     * lineage (null), as the checks of a return compare them.
     */
    List<Observation> values(Period period, String regionCode, boolean children);

    /** The values {@link #find} gives, handed over one at a time without being held; returns how many. */
    long forEach(Period periodOrNull, String regionCodeOrNull, Consumer<Observation> each);

    /** Every revision of one value, the current one first, then older ones newest first. */
    List<Observation> revisions(String indicatorCode, String regionCode, Period period);

    /** The periods that hold any value, oldest first. */
    List<Period> periods();
}
