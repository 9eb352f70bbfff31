package org.zhibiao.domain;

import java.time.Instant;

/**
 * Whether a region has sent its return for a period: {@code received}, {@code revised} (more than
 * one return), {@code rejected} (only refused files) or {@code missing}; with the latest file.
 */
public record Submission(Region region, Period period, State state, Integer revision, Instant receivedAt,
                         String sourceFile) {

    /**
     * The state of a region's return for a quarter as every surface shows it: the code machines
     * read, the word people read ({@link #messageKey()} in the {@code submissions} bundle: 已报
     * 已更正 缺报 被拒收 已锁定), a symbol and a colour ({@code #rrggbb}). {@code LOCKED} is how a
     * locked quarter shows, whatever its returns.
     */
    public enum State {
        RECEIVED("✓", "#2e7d32"),
        REVISED("↻", "#64b5f6"),
        MISSING("–", "#ffe082"),
        REJECTED("⊗", "#c62828"),
        LOCKED("◈", "#78909c");

        private final String symbol;
        private final String colour;

        State(String symbol, String colour) {
            this.symbol = symbol;
            this.colour = colour;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String messageKey() {
            return "submissions.state." + code();
        }

        public String symbol() {
            return symbol;
        }

        /** The colour as {@code #rrggbb}. */
        public String colour() {
            return colour;
        }
    }
}
