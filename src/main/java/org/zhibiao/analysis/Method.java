package org.zhibiao.analysis;

import java.util.Locale;

/** How progress is judged (STATUS.md): time progress (default) or Open SDG growth rates. */
public enum Method {
    TIME_PROGRESS, OPEN_SDG;

    /** {@code time-progress} or {@code open-sdg}, as the CLI writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Method fromCode(String code) {
        for (Method m : values()) {
            if (m.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method: " + code);
    }
}
