package org.zhibiao.charts;

import java.awt.Color;
import java.util.Locale;

/** The state of a region's return for a quarter, as the heat map shows it. */
public enum SubmissionState {
    RECEIVED(new Color(0x2E7D32), "✓"),
    REVISED(new Color(0x64B5F6), "↻"),
    REJECTED(new Color(0xC62828), "✕"),
    MISSING(new Color(0xEEEEEE), "–");

    private final Color color;
    private final String symbol;

    SubmissionState(Color color, String symbol) {
        this.color = color;
        this.symbol = symbol;
    }

    public Color color() {
        return color;
    }

    public String symbol() {
        return symbol;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
