package org.zhibiao.domain;

import java.time.Instant;
import org.zhibiao.domain.Period;

/** A return file as the {@code source_file} table keeps it; region, period and archive may be null. */
public record SourceFileRecord(String fileName, String sha256, long sizeBytes, String archivePath, String regionCode,
                               Period period, String state, Instant receivedAt) {

    public static final String IMPORTED = "imported";
    public static final String REJECTED = "rejected";
    public static final String SKIPPED = "skipped";
}
