package org.zhibiao.ui.dashboard;

import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;

/** The dashboard's selection: quarter, region, category (null: all) and target-year mode. */
public record Selection(Period period, String regionCode, Category category, TargetYearMode mode) {

    public int targetYear() {
        return mode.yearFor(period);
    }
}
