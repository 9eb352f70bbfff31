package org.zhibiao.ui.dashboard;

import org.zhibiao.domain.Category;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Period;

/** The dashboard's selection: quarter, region, category (null: all) and which target it judges. */
public record Selection(Period period, String regionCode, Category category, TargetChoice choice) {
}
