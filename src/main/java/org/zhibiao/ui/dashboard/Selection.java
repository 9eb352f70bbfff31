package org.zhibiao.ui.dashboard;

import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;

/**
 * The dashboard's selection: quarter, region, category (null: all), which target it judges, and
 * whether every indicator of the catalogue is shown or only the monitored set.
 */
public record Selection(Period period, String regionCode, Category category, TargetChoice choice,
                        boolean allIndicators) {
}
