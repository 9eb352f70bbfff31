package org.zhibiao.service;

import java.math.BigDecimal;

/** Numbers for machines: full precision, '.' as decimal point, no exponent, empty for none. */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
