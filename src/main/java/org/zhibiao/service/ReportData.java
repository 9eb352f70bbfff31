package org.zhibiao.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.DataCheck;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Numbers;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportText;
import org.zhibiao.report.ReturnsSummary;

/**
 * The data-notes facts of a report from the stored values of the period and the quarter before:
 * which regions' returns arrived or were revised, the report's date, the data checks and the
 * revisions of the previous quarter since the previous report, as sentences in the report's language.
 */
final class ReportData {

    private final ObservationRepository observations;
    private final Messages messages;
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private Period period;
    private List<Observation> current = List.of();
    private List<Observation> previous = List.of();

    ReportData(ObservationRepository observations, Messages messages, List<Region> regions,
               List<Indicator> indicators) {
        this.observations = observations;
        this.messages = messages;
        regions.forEach(r -> regionNames.put(r.code(), r.name()));
        indicators.forEach(i -> this.indicators.put(i.code(), i));
    }

    /** Reads the values of the period and of the quarter before for the region and those under it. */
    ReportData read(Period period, String regionCode) {
        this.period = period;
        this.current = observations.find(period, regionCode);
        this.previous = observations.find(period.previous(), regionCode);
        return this;
    }

    /** The returns of the regions under the region, counted as the submissions matrix counts them. */
    static ReturnsSummary returns(List<Submission> submissions) {
        List<String> received = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Submission s : submissions) {
            String name = s.region().name();
            switch (s.state()) {
                case RECEIVED -> received.add(name);
                case REVISED -> {
                    received.add(name);
                    revised.add(name);
                }
                case MISSING -> missing.add(name);
                case REJECTED -> {
                    missing.add(name);
                    rejected.add(name);
                }
            }
        }
        return new ReturnsSummary(submissions.size(), received, missing, revised, rejected);
    }

    /** The day the period's last value was imported, else the last day of the quarter. */
    LocalDate lastImport() {
        return current.stream().map(o -> o.lineage().importedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(period.year(), period.quarter() * 3, 1).plusMonths(1).minusDays(1));
    }

    List<String> checks(List<DataCheck> checks) {
        return checks.stream().map(c -> messages.get("report.notes.check", where(c.regionCode(), c.indicatorCode()),
                messages.get(c.messageKey(), plainIntegers(c.arguments())))).toList();
    }

    /**
     * Values of the previous quarter revised after its first values came in, that is, since the
     * previous report could be made.
     */
    List<String> revisions() {
        Instant previousReport = previous.stream().filter(o -> o.revision() == 1)
                .map(o -> o.lineage().importedAt()).max(Instant::compareTo).orElse(Instant.MIN);
        List<String> sentences = new ArrayList<>();
        for (Observation o : previous) {
            if (o.revision() > 1 && o.lineage().importedAt().isAfter(previousReport)) {
                Indicator indicator = indicators.get(o.indicatorCode());
                String value = indicator == null ? Numbers.plain(o.value()) : ReportText.value(indicator, o.value());
                sentences.add(messages.get("report.notes.revision", where(o.regionCode(), o.indicatorCode()),
                        o.period().toString(), value, o.revision()));
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
