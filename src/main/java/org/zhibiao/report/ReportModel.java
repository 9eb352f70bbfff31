package org.zhibiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A report ready to be written, in one language: its date (which also dates the files), the cover
 * and the numbered sections with their blocks.
 */
public record ReportModel(Locale locale, LocalDate date, Cover cover, String contentsTitle, List<Section> sections) {

    public ReportModel {
        sections = List.copyOf(sections);
    }

    /** The cover: title, the period line, the issuing unit line and the date as printed, and the unit's name. */
    public record Cover(String title, String period, String issuingUnit, String date, String unitName) {
    }

    /** A numbered section such as 一、总体情况. */
    public record Section(ReportSection kind, String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
