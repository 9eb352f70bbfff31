package org.zhibiao.service;

/**
 * What happened to one file of an import run: its preview and, when stored, the batch and the
 * revision it became ({@code revision} null for a rejected or skipped file, or in a dry run).
 */
public record FileResult(FilePreview preview, Outcome outcome, Long batchId, Integer revision) {

    public enum Outcome { IMPORTED, REJECTED, SKIPPED, WOULD_IMPORT }
}
