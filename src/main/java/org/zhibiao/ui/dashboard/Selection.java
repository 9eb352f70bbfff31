package org.zhibiao.ui.dashboard;

import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;

/**
 * The dashboard's selection: quarter, region, category (null: all), target-year mode and which
 * rows to show.
 */
public record Selection(Period period, String regionCode, Category category, TargetYearMode mode, RowFilter filter) {

    public int targetYear() {
        return mode.yearFor(period);
    }
}
