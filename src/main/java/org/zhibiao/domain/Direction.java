package org.zhibiao.domain;

import java.util.Locale;

/** Which way is better. {@code YES} is a yes/no indicator where 1 means yes. */
public enum Direction {
    HIGHER(1), LOWER(-1), YES(1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** d in STATUS.md: +1 when higher is better, −1 when lower is better. */
    public int sign() {
        return sign;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
