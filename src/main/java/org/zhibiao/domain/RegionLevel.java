package org.zhibiao.domain;

import java.util.Locale;

public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
