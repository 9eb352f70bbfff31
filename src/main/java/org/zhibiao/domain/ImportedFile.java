package org.zhibiao.domain;

/**
 * One file of the import history: the batch it came in, its name, the region and period it
 * declared (null when they could not be told), the values it holds now, who imported it and when,
 * and its state ({@code imported}, {@code rejected}, {@code skipped} or {@code undone}).
 */
public record ImportedFile(long batchId, String fileName, String regionCode, Period period, int values, String user,
                           String receivedAt, String state) {

    public static final String REJECTED = "rejected";
    public static final String UNDONE = "undone";

    public boolean isRejected() {
        return REJECTED.equals(state);
    }

    public boolean isUndone() {
        return UNDONE.equals(state);
    }
}
