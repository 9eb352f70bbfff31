package org.zhibiao.domain;

import java.time.Instant;
import java.util.List;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.Observation;

/**
 * One file's worth of writes, stored in one transaction: its {@code source_file} row, its issues,
 * (for an imported file) its values as new revisions and, where the database keeps the originals
 * of returns, the file's bytes ({@code original}, null where they are archived beside a database
 * file). {@code batchId} null opens a new batch.
 * An imported file's bytes can be stored once only: a second commit of the same bytes, also by
 * another process at the same moment, fails with {@link AlreadyImportedException}.
 */
public record FileCommit(Long batchId, String user, Instant at, SourceFileRecord file, List<ImportIssue> issues,
                         List<Observation> values, byte[] original) {

    /** A file whose original, if any, is archived outside the database. */
    public FileCommit(Long batchId, String user, Instant at, SourceFileRecord file, List<ImportIssue> issues,
                      List<Observation> values) {
        this(batchId, user, at, file, issues, values, null);
    }

    /** What was stored: the batch, the file's id and its revision (null unless imported). */
    public record Outcome(long batchId, long fileId, Integer revision) {
    }
}
