package org.zhibiao.analysis;

import java.util.Locale;

/** Whether a value is the region's own reported figure or rolled up from the regions under it. */
public enum Source {
    REPORTED, ROLLUP;

    /** The key of the source's name in the {@code analysis} bundle (报送 / reported …). */
    public String messageKey() {
        return "analysis.source." + name();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
