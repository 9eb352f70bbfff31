package org.zhibiao.charts;

import java.util.Locale;

/** The charts Zhibiao draws, by the names the CLI uses. */
public enum ChartType {
    ACTUAL_VS_TARGET, GAP, TREND, RANKING, SUBMISSIONS;

    /** {@code actual-vs-target}, {@code gap}, …, as the CLI writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ChartType fromCode(String code) {
        for (ChartType t : values()) {
            if (t.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown chart type: " + code);
    }

    /** Trend and ranking are about one indicator. */
    public boolean needsIndicator() {
        return this == TREND || this == RANKING;
    }
}
