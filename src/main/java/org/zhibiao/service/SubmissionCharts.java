package org.zhibiao.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.zhibiao.charts.ChartTheme;
import org.zhibiao.charts.HeatMapData;
import org.zhibiao.charts.SubmissionsHeatMap;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;

/**
 * The submissions heat map: the regions directly under a region, from the first quarter with
 * data up to the chosen one, each cell the state of that region's return.
 */
public final class SubmissionCharts {

    /** The state of each region's return for a quarter, keyed by region code. */
    @FunctionalInterface
    public interface States {
        Map<String, Submission.State> of(Period period, String parentCode);
    }

    private final RegionRepository regions;
    private final ObservationRepository observations;
    private final States states;

    public SubmissionCharts(RegionRepository regions, ObservationRepository observations, States states) {
        this.regions = regions;
        this.observations = observations;
        this.states = states;
    }

    public JFreeChart chart(Period period, Region parent, Messages messages) {
        List<Region> rows = regions.children(parent.code());
        List<Period> periods = periodsUpTo(period);
        Map<HeatMapData.Cell, Submission.State> cells = new HashMap<>();
        for (Period p : periods) {
            Map<String, Submission.State> byRegion = states.of(p, parent.code());
            for (int i = 0; i < rows.size(); i++) {
                Submission.State s = byRegion.get(rows.get(i).code());
                if (s != null) {
                    cells.put(new HeatMapData.Cell(i, p), s);
                }
            }
        }
        HeatMapData data = new HeatMapData(rows.stream().map(Region::name).toList(), periods, cells);
        String title = messages.get("charts.title.submissions", parent.name(), periods.get(0), period);
        return new SubmissionsHeatMap(ChartTheme.standard(), messages).create(title, data);
    }

    private List<Period> periodsUpTo(Period last) {
        Period first = observations.periods().stream().findFirst().filter(p -> p.compareTo(last) < 0).orElse(last);
        List<Period> out = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.plusQuarters(1)) {
            out.add(p);
        }
        return out;
    }
}
