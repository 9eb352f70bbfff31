package org.zhibiao.ui.detail;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.app.Workspace;
import org.zhibiao.charts.ChartType;
import org.zhibiao.domain.Observation;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.ChartRequest;

/**
 * What the indicator detail shows, read in the background: the trend, the ranking of the regions
 * directly under the region (null for a county), and the stored values of the region and those
 * regions at the quarter with their lineage.
 */
record DetailData(JFreeChart trend, JFreeChart ranking, List<Observation> lineage) {

    static DetailData load(Workspace workspace, StatusRow row, Messages messages) {
        ChartRequest request = new ChartRequest(ChartType.TREND, row.period(), row.regionCode(),
                row.indicator().code(), row.targetYear(), Method.TIME_PROGRESS);
        JFreeChart trend = workspace.charts().chart(request, messages);
        boolean hasChildren = !workspace.regions().children(row.regionCode()).isEmpty();
        JFreeChart ranking = hasChildren
                ? workspace.charts().chart(request.withType(ChartType.RANKING), messages) : null;
        List<String> shown = new java.util.ArrayList<>(List.of(row.regionCode()));
        workspace.regions().children(row.regionCode()).forEach(r -> shown.add(r.code()));
        List<Observation> lineage = workspace.observations().find(row.period(), row.regionCode()).stream()
                .filter(o -> o.indicatorCode().equals(row.indicator().code()) && shown.contains(o.regionCode()))
                .toList();
        return new DetailData(trend, ranking, lineage);
    }
}
