package org.zhibiao.importer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/**
 * What a blank return is made of: the region, the period and the indicators reported then, with
 * the titles of the plans each comes from (none for an indicator monitored by hand).
 */
public record TemplateSpec(Region region, Period period, List<Indicator> indicators,
                           Map<String, List<String>> plansByIndicator, String catalogueVersion, Instant generatedAt) {

    public TemplateSpec {
        indicators = indicators.stream().filter(i -> i.frequency().reportedIn(period)).toList();
        plansByIndicator = Map.copyOf(plansByIndicator);
    }

    public List<String> plansOf(Indicator indicator) {
        return plansByIndicator.getOrDefault(indicator.code(), List.of());
    }

    /** {@code 220100_长春市_2015Q3.xlsx}. */
    public String fileName() {
        return region.code() + "_" + region.name() + "_" + period + ".xlsx";
    }
}
