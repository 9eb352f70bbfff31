package org.zhibiao.domain;

import java.time.Instant;

/**
 * Whether a region has sent its return for a period: {@code received}, {@code revised} (more than
 * one return), {@code rejected} (only refused files) or {@code missing}; with the latest file.
 */
public record Submission(Region region, Period period, State state, Integer revision, Instant receivedAt,
                         String sourceFile) {

    public enum State {
        RECEIVED, REVISED, MISSING, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
