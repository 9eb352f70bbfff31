package org.zhibiao.domain;

import java.util.Locale;

/** For sums: a stock is held at the end of the period, a flow happens during it. */
public enum Measure {
    STOCK, FLOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure fromCode(String code) {
        return code == null || code.isBlank() ? null : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
