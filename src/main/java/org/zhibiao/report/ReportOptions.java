package org.zhibiao.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What the user chose for a report: the issuing unit, its date and the sections to print. */
public record ReportOptions(String issuingUnit, LocalDate date, Set<ReportSection> sections) {

    public ReportOptions {
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(date, "date");
        sections = sections.isEmpty() ? EnumSet.noneOf(ReportSection.class) : EnumSet.copyOf(sections);
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }
}
