package org.zhibiao.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DemoWriter;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.ZhibiaoException;

/**
 * Fills an initialised database with a reproducible synthetic history 2010Q4–2016Q4 of the home
 * region's indicators (DemoProfiles), so the app has something real-looking to show. Every run
 * on the same regions and catalogue writes the same rows.
 */
public final class DemoDataService {

    public static final String USER = DemoWriter.DEMO;
    private static final Period LATEST = DemoHistory.LATEST;
    private static final int RECEIVED_DAYS_AFTER_QUARTER = 19;
    private static final LocalTime RECEIVED_TIME = LocalTime.of(9, 0);

    /** What was written: values, regions that reported and periods. */
    public record Summary(int values, int regions, int periods) {
    }

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final ObservationRepository observations;
    private final DemoWriter writer;

    public DemoDataService(RegionRepository regions, CatalogueRepository catalogue,
                           ObservationRepository observations, DemoWriter writer) {
        this.regions = regions;
        this.catalogue = catalogue;
        this.observations = observations;
        this.writer = writer;
    }

    public Summary generate() {
        Region home = regions.home().orElseThrow(() -> new ZhibiaoException("demo.error.notInitialised", null));
        if (!observations.periods().isEmpty()) {
            throw new ZhibiaoException("demo.error.notEmpty", null);
        }
        var indicators = DemoProfiles.in(catalogue.indicators());
        if (indicators.isEmpty()) {
            throw new ZhibiaoException("demo.error.noIndicators", null);
        }
        DemoTree tree = new DemoTree(home, regions.all());
        DemoHistory history = new DemoHistory(tree);
        List<DemoWriter.Return> returns = returns(tree, history, indicators);
        writer.write(DemoTargets.of(home, catalogue.targets(), indicators), returns, receivedAt(LATEST), USER);
        return new Summary(returns.stream().mapToInt(r -> r.values().size()).sum(),
                (int) returns.stream().map(DemoWriter.Return::regionCode).distinct().count(),
                (int) returns.stream().map(DemoWriter.Return::period).distinct().count());
    }

    /** When the return of a period is received: the 20th day after the quarter, 09:00 UTC. */
    public static Instant receivedAt(Period period) {
        LocalDate nextQuarter = LocalDate.of(period.year(), period.quarter() * 3, 1).plusMonths(1);
        return nextQuarter.plusDays(RECEIVED_DAYS_AFTER_QUARTER).atTime(RECEIVED_TIME).toInstant(ZoneOffset.UTC);
    }

    private static List<DemoWriter.Return> returns(DemoTree tree, DemoHistory history,
                                                         List<Map.Entry<Indicator, DemoProfile>> indicators) {
        Map<String, Integer> order = new HashMap<>();
        tree.codes().forEach(code -> order.put(code, order.size()));
        Map<Long, List<Observation>> byReturn = new TreeMap<>();
        for (var entry : indicators) {
            for (Observation o : history.observations(entry.getKey(), entry.getValue())) {
                long key = (long) o.period().index() * order.size() + order.get(o.regionCode());
                byReturn.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        List<DemoWriter.Return> out = new ArrayList<>();
        for (List<Observation> values : byReturn.values()) {
            Observation first = values.get(0);
            out.add(new DemoWriter.Return(first.regionCode(), first.period(), receivedAt(first.period()), values));
        }
        return out;
    }
}
