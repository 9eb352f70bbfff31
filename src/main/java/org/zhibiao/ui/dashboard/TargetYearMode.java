package org.zhibiao.ui.dashboard;

import org.zhibiao.domain.Period;

/** Which targets the dashboard judges by: the 2015 plan, the 2020 plan, or the selected quarter's year. */
public enum TargetYearMode {
    Y2015, Y2020, ANNUAL;

    public int yearFor(Period period) {
        return switch (this) {
            case Y2015 -> 2015;
            case Y2020 -> 2020;
            case ANNUAL -> period.year();
        };
    }

    /** The plan in force at a quarter: 2015 up to that year, 2020 after. */
    public static TargetYearMode defaultFor(Period period) {
        return period.year() <= 2015 ? Y2015 : Y2020;
    }
}
