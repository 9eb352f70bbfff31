package org.zhibiao.domain;

import java.util.Locale;

/** Quarterly indicators carry a year-to-date value every quarter; annual ones only in Q4. */
public enum Frequency {
    QUARTERLY, ANNUAL;

    public boolean reportedIn(Period period) {
        return this == QUARTERLY || period.isYearEnd();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Frequency fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
