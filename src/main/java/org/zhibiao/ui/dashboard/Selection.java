package org.zhibiao.ui.dashboard;

import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;

/**
 * The dashboard's selection: quarter, region, category (null: all), which target it judges,
 * whether every indicator of the catalogue is shown or only the monitored set, and which rows
 * to show (全部 / 只看落后 / 已达标).
 */
public record Selection(Period period, String regionCode, Category category, TargetChoice choice,
                        boolean allIndicators, RowFilter filter) {

    /** Every row of the choice (全部). */
    public Selection(Period period, String regionCode, Category category, TargetChoice choice,
                     boolean allIndicators) {
        this(period, regionCode, category, choice, allIndicators, RowFilter.ALL);
    }

    /** The same selection at another quarter. */
    Selection withPeriod(Period other) {
        return new Selection(other, regionCode, category, choice, allIndicators, filter);
    }

    /** The same selection judged against another target. */
    Selection withChoice(TargetChoice other) {
        return new Selection(period, regionCode, category, other, allIndicators, filter);
    }
}
