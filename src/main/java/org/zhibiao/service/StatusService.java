package org.zhibiao.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zhibiao.analysis.Analysis;
import org.zhibiao.analysis.DataCheck;
import org.zhibiao.analysis.DefinitionBreaks;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.MonitoredSet;
import org.zhibiao.analysis.ProgressJudge;
import org.zhibiao.analysis.StatusCalculator;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.AnalysisRepository;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DefinitionChangeRepository;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;

/**
 * The status of indicators against targets (STATUS.md) for the CLI, the dashboard, the charts and
 * the report: each call reads the part of the region tree and the targets around the regions
 * it shows, and the current values it needs in one query, then computes in memory.
 */
public final class StatusService {

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final AnalysisRepository observations;
    private final StatusSettings settings;
    private final PlanService plans;
    private final DefinitionChangeRepository definitions;

    public StatusService(RegionRepository regions, CatalogueRepository catalogue, SettingsRepository settings,
                         AnalysisRepository observations, PlanService plans,
                         DefinitionChangeRepository definitions) {
        this.definitions = definitions;
        this.regions = regions;
        this.catalogue = catalogue;
        this.observations = observations;
        this.settings = new StatusSettings(settings);
        this.plans = plans;
    }

    public StatusSettings settings() {
        return settings;
    }

    /**
     * The rows of {@code status} for the monitored set: one per indicator and target year for the
     * region (null: the home region); every year with a target plus one NO_TARGET row per
     * indicator without, or only {@code targetYear}.
     */
    public List<StatusRow> status(Period period, String regionCode, Integer targetYear, Method method) {
        return status(period, regionCode, targetYear, method, false);
    }

    /** As {@link #status(Period, String, Integer, Method)}, for every indicator of the catalogue if asked. */
    public List<StatusRow> status(Period period, String regionCode, Integer targetYear, Method method,
                                  boolean allIndicators) {
        return statusOfRegions(period, List.of(regionCode == null ? home() : regionCode), targetYear, method,
                allIndicators);
    }

    /**
     * The view of STATUS.md "Which target a view judges" that the dashboard, the report and
     * {@code status --target-year} show: one row per indicator for the region (null: home).
     */
    public List<StatusRow> view(Period period, String regionCode, TargetChoice choice, Method method) {
        return view(period, regionCode, choice, method, false);
    }

    /** As {@link #view(Period, String, TargetChoice, Method)}, for every indicator of the catalogue if asked. */
    public List<StatusRow> view(Period period, String regionCode, TargetChoice choice, Method method,
                                boolean allIndicators) {
        return view(period, List.of(regionCode == null ? home() : regionCode), choice, method, allIndicators);
    }

    /** The views of several regions at once (the regions section of a report), read in one query. */
    public List<StatusRow> view(Period period, List<String> regionCodes, TargetChoice choice, Method method) {
        return view(period, regionCodes, choice, method, false);
    }

    /** As {@link #view(Period, List, TargetChoice, Method)}, for every indicator of the catalogue if asked. */
    public List<StatusRow> view(Period period, List<String> regionCodes, TargetChoice choice, Method method,
                                boolean allIndicators) {
        Analysis.Catalogue c = shown(regionCodes, allIndicators);
        Set<Period> periods = c.periodsFor(regionCodes, period, choice.year(), method);
        StatusCalculator calculator = analysis(c, periods, regionCodes, null, method).status();
        List<StatusRow> rows = new ArrayList<>();
        for (String code : regionCodes) {
            rows.addAll(calculator.view(code, period, choice));
        }
        return rows;
    }

    /** The catalogue of these regions, showing the monitored set unless every indicator is asked for. */
    private Analysis.Catalogue shown(List<String> regionCodes, boolean allIndicators) {
        Analysis.Catalogue loaded = loadCatalogue(regionCodes);
        Analysis.Catalogue c = allIndicators ? loaded : loaded.showing(plans.monitoredSet().filter(loaded.indicators()));
        regionCodes.forEach(code -> requireRegion(c, code));
        return c;
    }

    /**
     * Every year for which a monitored indicator has a target of this database's plans (in, above
     * or under the home region, plan not retired), in order: the choices a view offers.
     */
    public SortedSet<Integer> targetYears() {
        MonitoredSet monitored = plans.monitoredSet();
        return catalogue.targets().stream()
                .filter(t -> monitored.contains(t.indicatorCode()) && monitored.concerns(t))
                .map(Target::targetYear).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The rows of several regions at once (e.g. every province), read in one query. */
    public List<StatusRow> statusOfRegions(Period period, List<String> regionCodes, Integer targetYear, Method method) {
        return statusOfRegions(period, regionCodes, targetYear, method, false);
    }

    private List<StatusRow> statusOfRegions(Period period, List<String> regionCodes, Integer targetYear, Method method,
                                            boolean allIndicators) {
        Analysis.Catalogue c = shown(regionCodes, allIndicators);
        Set<Period> periods = c.periodsFor(regionCodes, period, targetYear, method);
        Analysis analysis = analysis(c, periods, regionCodes, null, method);
        List<StatusRow> rows = new ArrayList<>();
        for (String code : regionCodes) {
            rows.addAll(analysis.status().rows(code, period, targetYear));
        }
        return rows;
    }

    /**
     * A region's view and the values of the same quarter a year earlier by indicator code (同比),
     * the one rule the dashboard and the report share: indicators without a value a year earlier,
     * or whose definition changed in between (口径变化, {@link DefinitionBreaks}), are absent from
     * {@code yearEarlier}, since those values may not be compared.
     */
    public record ViewWithYearEarlier(List<StatusRow> rows, Map<String, Double> yearEarlier) {
    }

    /**
     * {@link #view(Period, String, TargetChoice, Method, boolean)} by time progress with the values
     * a year earlier, of one region (null: home); the catalogue and the values of both quarters are
     * read once.
     */
    public ViewWithYearEarlier viewWithYearEarlier(Period period, String regionCode, TargetChoice choice,
                                                   boolean allIndicators) {
        List<String> codes = List.of(regionCode == null ? home() : regionCode);
        Analysis.Catalogue c = shown(codes, allIndicators);
        Period earlier = period.yearEarlier();
        Set<Period> periods = c.periodsFor(codes, period, choice.year(), Method.TIME_PROGRESS);
        periods.addAll(c.periodsFor(codes, earlier, choice.year(), Method.TIME_PROGRESS));
        StatusCalculator calculator = analysis(c, periods, codes, null, Method.TIME_PROGRESS).status();
        return new ViewWithYearEarlier(calculator.view(codes.get(0), period, choice),
                comparable(calculator.view(codes.get(0), earlier, choice), c.breaks(), earlier, period));
    }

    /**
     * The values of {@code rows} (of quarter {@code earlier}) by indicator code, except those whose
     * definition changed between {@code earlier} and {@code period} (口径变化).
     */
    private static Map<String, Double> comparable(List<StatusRow> rows, DefinitionBreaks breaks, Period earlier,
                                                  Period period) {
        Map<String, Double> values = new HashMap<>();
        for (StatusRow row : rows) {
            if (row.value() != null && breaks.between(row.indicator().code(), earlier, period) == null) {
                values.put(row.indicator().code(), row.value());
            }
        }
        return values;
    }

    /**
     * One row per child region of {@code parentCode} for one indicator (rankings); without a
     * target year each child uses its first target year not before the period's, else its last.
     */
    public List<StatusRow> children(Period period, String parentCode, String indicatorCode, Integer targetYear,
                                    Method method) {
        Analysis.Catalogue c = loadCatalogue(List.of(parentCode));
        requireRegion(c, parentCode);
        Indicator indicator = requireIndicator(c, indicatorCode);
        List<String> children = c.regions().children(parentCode);
        Set<Period> periods = c.periodsFor(children, period, targetYear, method);
        StatusCalculator calculator = analysis(c, periods, children, indicatorCode, method).status();
        List<StatusRow> rows = new ArrayList<>();
        for (String child : children) {
            Integer year = calculator.yearFor(indicator, child, period, new TargetChoice(targetYear));
            rows.add(calculator.row(indicator, child, period, year));
        }
        return rows;
    }

    /** One row per period from {@code from} to {@code to} for one indicator and region (trend charts). */
    public List<StatusRow> trend(String indicatorCode, String regionCode, Period from, Period to, Integer targetYear,
                                 Method method) {
        Analysis.Catalogue c = loadCatalogue(List.of(regionCode));
        requireRegion(c, regionCode);
        Indicator indicator = requireIndicator(c, indicatorCode);
        Set<Period> periods = new TreeSet<>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.plusQuarters(1)) {
            periods.addAll(c.periodsFor(List.of(regionCode), p, targetYear, method));
        }
        StatusCalculator calculator = analysis(c, periods, List.of(regionCode), indicatorCode, method).status();
        List<StatusRow> rows = new ArrayList<>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.plusQuarters(1)) {
            Integer year = calculator.yearFor(indicator, regionCode, p, new TargetChoice(targetYear));
            rows.add(calculator.row(indicator, regionCode, p, year));
        }
        return rows;
    }

    /** The quarters from which the indicator's values may not be compared with earlier ones (口径调整). */
    public List<Period> definitionBreaks(String indicatorCode) {
        return new DefinitionBreaks(definitions.definitionChanges()).breaks(indicatorCode);
    }

    /** Data checks of the period for the region (null: the home region) and every region under it. */
    public List<DataCheck> checks(Period period, String regionCode) {
        String root = regionCode == null ? home() : regionCode;
        Analysis.Catalogue c = loadCatalogue(List.of(root));
        requireRegion(c, root);
        Set<Period> periods = c.periodsForChecks(c.regions().subtree(root), period);
        return analysis(c, periods, List.of(root), null, Method.TIME_PROGRESS).checks(root, period);
    }

    private Analysis analysis(Analysis.Catalogue c, Collection<Period> periods, Collection<String> roots,
                              String indicatorCode, Method method) {
        var values = observations.current(periods, roots, indicatorCode);
        return new Analysis(c, values, new ProgressJudge(method, settings.thresholds()));
    }

    /** The regions around those shown (above and under them), the indicators, and their targets. */
    private Analysis.Catalogue loadCatalogue(List<String> shown) {
        return Analysis.Catalogue.of(observations.regionsAround(shown), catalogue.indicators(),
                observations.targetsAround(shown), definitions.definitionChanges());
    }

    private String home() {
        return regions.home().orElseThrow(() -> new ZhibiaoException("status.error.noHome", null)).code();
    }

    private static void requireRegion(Analysis.Catalogue c, String code) {
        if (!c.regions().contains(code)) {
            throw new UnknownRegionException(code);
        }
    }

    private static Indicator requireIndicator(Analysis.Catalogue c, String code) {
        return c.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new ZhibiaoException("status.error.unknownIndicator", null, code));
    }
}
