package org.zhibiao.domain;

/** One import batch for the history: when, who, how many files and values, and whether undone. */
public record ImportBatch(long id, String startedAt, String user, int files, int values, boolean undone) {
}
