package org.zhibiao.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The numbered sections of the quarterly report, in their printed order. */
public enum ReportSection {
    OVERVIEW, INDICATORS, CHARTS, REGIONS, DATA_NOTES;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a comma-separated list of codes as stored in the settings; unknown codes are ignored. */
    public static Set<ReportSection> parseList(String codes) {
        Set<ReportSection> sections = EnumSet.noneOf(ReportSection.class);
        for (String part : codes.split(",")) {
            for (ReportSection s : values()) {
                if (s.code().equals(part.trim())) {
                    sections.add(s);
                }
            }
        }
        return sections;
    }

    public static String toList(Set<ReportSection> sections) {
        return String.join(",", sections.stream().sorted().map(ReportSection::code).toList());
    }
}
