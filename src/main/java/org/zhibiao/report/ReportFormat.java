package org.zhibiao.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report is written in, chosen by the file's extension. */
public enum ReportFormat {
    PDF, DOCX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (name.endsWith("." + f.extension())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
