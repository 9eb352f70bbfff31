package org.zhibiao.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.charts.ActualVsTargetChart;
import org.zhibiao.charts.ChartTheme;
import org.zhibiao.charts.GapChart;
import org.zhibiao.charts.RankingChart;
import org.zhibiao.charts.StatusDatasets;
import org.zhibiao.charts.TrendChart;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;

/**
 * The charts of a selection, built from the same status rows the {@code status} command prints,
 * for the CLI, the dashboard and the report. Without an indicator the charts compare the
 * indicators of one region; with one they compare the regions directly under it.
 */
public final class ChartService {

    private final StatusService status;
    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final ObservationRepository observations;
    private final SubmissionCharts submissions;

    public ChartService(StatusService status, RegionRepository regions, CatalogueRepository catalogue,
                        ObservationRepository observations, SubmissionCharts submissions) {
        this.status = status;
        this.regions = regions;
        this.catalogue = catalogue;
        this.observations = observations;
        this.submissions = submissions;
    }

    public JFreeChart chart(ChartRequest request, Messages messages) {
        Region region = region(request.regionCode());
        if (request.type().needsIndicator() && request.indicatorCode() == null) {
            throw new ZhibiaoException("charts.error.needsIndicator", null, request.type().code());
        }
        return switch (request.type()) {
            case ACTUAL_VS_TARGET -> actualVsTarget(request, region, messages);
            case GAP -> gap(request, region, messages);
            case TREND -> trend(request, region, messages);
            case RANKING -> ranking(request, region, messages);
            case SUBMISSIONS -> submissions.chart(request.period(), region, messages);
        };
    }

    /** Actual against targets for the indicators of {@code rows} (one region), e.g. a filtered selection. */
    public JFreeChart actualVsTarget(List<StatusRow> rows, Region region, Period period, Messages m) {
        return new ActualVsTargetChart(ChartTheme.standard(), m).create(
                m.get("charts.title.actualByIndicator", region.name(), period.words(m.chinese())),
                m.get("charts.axis.progress"), datasets(m).progressByIndicator(rows));
    }

    /** The gaps of the indicators of {@code rows} (one region). */
    public JFreeChart gap(List<StatusRow> rows, Region region, Period period, Messages m) {
        return new GapChart(ChartTheme.standard(), m).create(
                m.get("charts.title.gapByIndicator", region.name(), period.words(m.chinese())),
                m.get("charts.axis.gapShare"), datasets(m).gapsByIndicator(rows));
    }

    private JFreeChart actualVsTarget(ChartRequest r, Region region, Messages m) {
        if (r.indicatorCode() == null) {
            return actualVsTarget(status.view(r.period(), region.code(), new TargetChoice(r.targetYear()), r.method()),
                    region, r.period(), m);
        }
        Indicator indicator = indicator(r.indicatorCode());
        List<StatusRow> rows = childRowsByYear(r, region, indicator);
        return new ActualVsTargetChart(ChartTheme.standard(), m).create(
                m.get("charts.title.actualByRegion", indicator.name(m.chinese()), region.name(),
                        r.period().words(m.chinese())),
                new ValueText(m).unit(indicator), datasets(m).valueByRegion(rows));
    }

    private JFreeChart gap(ChartRequest r, Region region, Messages m) {
        if (r.indicatorCode() == null) {
            return gap(status.view(r.period(), region.code(), new TargetChoice(r.targetYear()), r.method()), region,
                    r.period(), m);
        }
        Indicator indicator = indicator(r.indicatorCode());
        List<StatusRow> rows = status.children(r.period(), region.code(), indicator.code(), r.targetYear(), r.method());
        return new GapChart(ChartTheme.standard(), m).create(
                m.get("charts.title.gapByRegion", indicator.name(m.chinese()), region.name(),
                        r.period().words(m.chinese())),
                m.get("charts.axis.gapUnit", new ValueText(m).gapUnit(indicator)), datasets(m).gapsByRegion(rows));
    }

    private JFreeChart trend(ChartRequest r, Region region, Messages m) {
        Indicator indicator = indicator(r.indicatorCode());
        Period first = observations.periods().stream().findFirst().filter(p -> p.compareTo(r.period()) < 0)
                .orElse(r.period());
        List<StatusRow> history = status.trend(indicator.code(), region.code(), first, r.period(), r.targetYear(),
                r.method());
        List<StatusRow> now = status.status(r.period(), region.code(), r.targetYear(), r.method()).stream()
                .filter(row -> row.indicator().code().equals(indicator.code())).toList();
        return new TrendChart(ChartTheme.standard(), m).create(m.get("charts.title.trend", indicator.name(m.chinese()), region.name()),
                new ValueText(m).unit(indicator), StatusDatasets.trend(history, now, r.period()).withBreaks(
                        status.definitionBreaks(indicator.code()).stream()
                                .filter(b -> first.compareTo(b) < 0 && b.compareTo(r.period()) <= 0).toList()));
    }

    private JFreeChart ranking(ChartRequest r, Region region, Messages m) {
        Indicator indicator = indicator(r.indicatorCode());
        List<StatusRow> rows = status.children(r.period(), region.code(), indicator.code(), r.targetYear(), r.method());
        Double target = StatusDatasets.commonTarget(rows);
        Integer year = rows.stream().map(StatusRow::targetYear).filter(y -> y != null).findFirst().orElse(null);
        String line = target == null ? null : m.get("charts.target.line", String.valueOf(year),
                new ValueText(m).value(indicator, target));
        return new RankingChart(ChartTheme.standard(), m).create(
                m.get("charts.title.ranking", indicator.name(m.chinese()), region.name(), r.period().words(m.chinese())),
                new ValueText(m).unit(indicator), datasets(m).rankByValue(rows), target, line);
    }

    /** Every target year of the indicator, so each region's bar carries all its targets. */
    private List<StatusRow> childRowsByYear(ChartRequest r, Region region, Indicator indicator) {
        if (r.targetYear() != null) {
            return status.children(r.period(), region.code(), indicator.code(), r.targetYear(), r.method());
        }
        List<Integer> years = catalogue.targetsOf(indicator.code()).stream()
                .filter(t -> regions.find(t.regionCode()).isPresent())
                .map(t -> t.targetYear()).distinct().sorted().toList();
        if (years.isEmpty()) {
            return status.children(r.period(), region.code(), indicator.code(), null, r.method());
        }
        return years.stream().flatMap(y -> status.children(r.period(), region.code(), indicator.code(), y,
                r.method()).stream()).toList();
    }

    private StatusDatasets datasets(Messages m) {
        Map<String, String> names = regions.all().stream().collect(Collectors.toMap(Region::code, Region::name));
        Function<String, String> name = code -> names.getOrDefault(code, code);
        return new StatusDatasets(new ValueText(m), name);
    }

    private Region region(String code) {
        if (code == null) {
            return regions.home().orElseThrow(() -> new ZhibiaoException("status.error.noHome", null));
        }
        return regions.find(code).orElseThrow(() -> new UnknownRegionException(code));
    }

    private Indicator indicator(String code) {
        return catalogue.indicator(code)
                .orElseThrow(() -> new ZhibiaoException("status.error.unknownIndicator", null, code));
    }
}
