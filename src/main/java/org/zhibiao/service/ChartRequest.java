package org.zhibiao.service;

import org.zhibiao.analysis.Method;
import org.zhibiao.charts.ChartType;
import org.zhibiao.domain.Period;

/**
 * What to chart: the type, the quarter, the region (null: the home region), the indicator (null:
 * every indicator, where the type allows), the target year (null: every year, each indicator
 * judged against its next one) and the method.
 */
public record ChartRequest(ChartType type, Period period, String regionCode, String indicatorCode,
                           Integer targetYear, Method method) {

    public ChartRequest withType(ChartType other) {
        return new ChartRequest(other, period, regionCode, indicatorCode, targetYear, method);
    }
}
