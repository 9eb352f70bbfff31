package org.zhibiao.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.report.ReportSection;

/** The report's settings in the {@code setting} table: issuing unit, fixed date and sections. */
public final class ReportSettings {

    public static final String ISSUING_UNIT = "report.issuing_unit";
    public static final String DATE = "report.date";
    public static final String SECTIONS = "report.sections";

    private final SettingsRepository settings;

    public ReportSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The issuing unit the user set, if any. */
    public Optional<String> issuingUnit() {
        return settings.get(ISSUING_UNIT).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** A fixed report date the user set, if any (ISO, e.g. 2016-01-20). */
    public Optional<LocalDate> date() {
        try {
            return settings.get(DATE).map(String::trim).filter(s -> !s.isEmpty()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The sections to print; all of them unless the user chose. */
    public Set<ReportSection> sections() {
        return settings.get(SECTIONS).map(ReportSection::parseList).orElse(EnumSet.allOf(ReportSection.class));
    }

    public void save(String issuingUnit, Set<ReportSection> sections) {
        settings.put(ISSUING_UNIT, issuingUnit == null ? "" : issuingUnit.trim());
        settings.put(SECTIONS, ReportSection.toList(sections));
    }

    public void saveDate(LocalDate date) {
        settings.put(DATE, date == null ? "" : date.toString());
    }
}
