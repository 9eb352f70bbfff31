package org.zhibiao.domain;

import java.util.Locale;

/** How an indicator adds up the region tree. */
public enum IndicatorKind {
    /** numerator ÷ denominator × factor. */
    RATIO,
    /** counts that add up. */
    SUM,
    /** scores, indices and days: arithmetic mean. */
    MEAN,
    /** no roll-up. */
    NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndicatorKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
