package org.zhibiao.service;

/**
 * What happened to one file of an import run: its preview and, when stored, the batch and the
 * revision it became ({@code revision} null for a rejected or skipped file, or in a dry run).
 * {@code NOT_STORED}: the database could not take the file (its preview's last error says why);
 * nothing of it was stored.
 */
public record FileResult(FilePreview preview, Outcome outcome, Long batchId, Integer revision) {

    public enum Outcome { IMPORTED, REJECTED, SKIPPED, WOULD_IMPORT, NOT_STORED }
}
