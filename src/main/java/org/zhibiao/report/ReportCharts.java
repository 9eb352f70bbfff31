package org.zhibiao.report;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.StatusRow;

/** Makes the report's two charts of a category from its status rows. */
public interface ReportCharts {

    JFreeChart actualVsTarget(String title, List<StatusRow> rows);

    JFreeChart gap(String title, List<StatusRow> rows);
}
