package org.zhibiao.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhibiao.analysis.DataCheck;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportText;
import org.zhibiao.report.ReturnsSummary;

/**
 * The data-notes facts of a report from the stored values: which regions' returns arrived or
 * were revised, the data checks and the revisions of earlier quarters since the previous report,
 * all as sentences in the report's language.
 */
final class ReportData {

    private static final int QUARTERS_BACK = 4;

    private final ObservationRepository observations;
    private final Messages messages;
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    ReportData(ObservationRepository observations, Messages messages, List<Region> regions,
               List<Indicator> indicators) {
        this.observations = observations;
        this.messages = messages;
        regions.forEach(r -> regionNames.put(r.code(), r.name()));
        indicators.forEach(i -> this.indicators.put(i.code(), i));
    }

    /** Returns of the period from every region under the region, and from the region itself if it sent one. */
    ReturnsSummary returns(Period period, String regionCode, List<Region> below) {
        List<Observation> values = observations.find(period, regionCode);
        Set<String> received = new TreeSet<>();
        Set<String> revised = new TreeSet<>();
        for (Observation o : values) {
            received.add(o.regionCode());
            if (o.revision() > 1) {
                revised.add(o.regionCode());
            }
        }
        List<String> names = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int expected = below.size();
        if (received.contains(regionCode)) {
            names.add(regionNames.get(regionCode));
            expected++;
        }
        for (Region r : below) {
            (received.contains(r.code()) ? names : missing).add(r.name());
        }
        return new ReturnsSummary(expected, names,
                missing, revised.stream().map(regionNames::get).toList());
    }

    /** The day the period's last value was imported, else the last day of the quarter. */
    LocalDate lastImport(Period period, String regionCode) {
        return observations.find(period, regionCode).stream()
                .map(o -> o.lineage().importedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(period.year(), period.quarter() * 3, 1).plusMonths(1).minusDays(1));
    }

    List<String> checks(List<DataCheck> checks) {
        return checks.stream().map(c -> messages.get("report.notes.check", where(c.regionCode(), c.indicatorCode()),
                messages.get(c.messageKey(), plainIntegers(c.arguments())))).toList();
    }

    /**
     * Values of the four quarters before {@code period} revised after the previous quarter's
     * first values came in, that is, since the previous report could be made.
     */
    List<String> revisions(Period period, String regionCode) {
        Instant previousReport = observations.find(period.previous(), regionCode).stream()
                .filter(o -> o.revision() == 1).map(o -> o.lineage().importedAt())
                .max(Instant::compareTo).orElse(Instant.MIN);
        List<String> sentences = new ArrayList<>();
        for (int back = QUARTERS_BACK; back >= 1; back--) {
            Period earlier = period.plusQuarters(-back);
            for (Observation o : observations.find(earlier, regionCode)) {
                if (o.revision() > 1 && o.lineage().importedAt().isAfter(previousReport)) {
                    Indicator indicator = indicators.get(o.indicatorCode());
                    String value = indicator == null ? Numbers.plain(o.value())
                            : ReportText.value(indicator, o.value());
                    sentences.add(messages.get("report.notes.revision", where(o.regionCode(), o.indicatorCode()),
                            earlier.toString(), value, o.revision()));
                }
            }
        }
        return sentences;
    }

    /** Whole numbers such as years as plain digits, not 2,020. */
    private static Object[] plainIntegers(List<Object> arguments) {
        return arguments.stream().map(a -> a instanceof Integer || a instanceof Long ? a.toString() : a).toArray();
    }

    private String where(String regionCode, String indicatorCode) {
        String region = regionNames.getOrDefault(regionCode, regionCode);
        Indicator indicator = indicatorCode == null ? null : indicators.get(indicatorCode);
        return indicator == null ? region
                : messages.get("report.notes.where", region, indicator.name(messages.chinese()));
    }
}
