package org.zhibiao.ui.dashboard;

import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;

/**
 * The dashboard's selection: quarter, region, category (null: all), target-year mode, and whether
 * every indicator of the catalogue is shown or only the monitored set.
 */
public record Selection(Period period, String regionCode, Category category, TargetYearMode mode,
                        boolean allIndicators) {

    public int targetYear() {
        return mode.yearFor(period);
    }
}
