package org.zhibiao.domain;

import java.time.Instant;

/** Where a stored value came from: the import batch, the file and the cell. */
public record Lineage(
        long batchId,
        String sourceFile,
        String sha256,
        String sheet,
        String cell,
        Instant importedAt,
        String importedBy) {
}
