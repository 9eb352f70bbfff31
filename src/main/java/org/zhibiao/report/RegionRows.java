package org.zhibiao.report;

import java.util.List;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Region;

/** The status rows of one region below the report's region, for the report's target year. */
public record RegionRows(Region region, List<StatusRow> rows) {

    public RegionRows {
        rows = List.copyOf(rows);
    }
}
