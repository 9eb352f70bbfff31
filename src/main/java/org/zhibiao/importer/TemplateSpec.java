package org.zhibiao.importer;

import java.time.Instant;
import java.util.List;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/** What a blank return is made of: the region, the period and the indicators reported then. */
public record TemplateSpec(Region region, Period period, List<Indicator> indicators, String catalogueVersion,
                           Instant generatedAt) {

    public TemplateSpec {
        indicators = indicators.stream().filter(i -> i.frequency().reportedIn(period)).toList();
    }

    /** {@code 220100_长春市_2015Q3.xlsx}. */
    public String fileName() {
        return region.code() + "_" + region.name() + "_" + period + ".xlsx";
    }
}
