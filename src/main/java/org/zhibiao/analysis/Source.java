package org.zhibiao.analysis;

import java.util.Locale;

/** Whether a value is the region's own reported figure or rolled up from the regions under it. */
public enum Source {
    REPORTED, ROLLUP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
