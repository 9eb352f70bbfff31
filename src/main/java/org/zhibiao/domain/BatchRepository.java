package org.zhibiao.domain;

import java.time.Instant;
import java.util.List;

/** Import batches: undoing one removes its values and makes each key's previous revision current. */
public interface BatchRepository {

    /** Undoes a batch and returns how many values it removed. */
    int undo(long batchId, Instant at);

    /** Every file of every import, newest first. */
    List<ImportedFile> files();
}
