package org.zhibiao.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as plain text, for machines and for workbook cells typed as text: full precision,
 * '.' as decimal point, no exponent, no trailing ".0", empty for none.
 */
public final class Numbers {

    private Numbers() {
    }

    /** The number without exponent or trailing zeros; empty for null, NaN or an infinity. */
    public static String plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A plain decimal number, full-width digits allowed; nothing else (no units, no separators). */
    public static Optional<Double> parse(String text) {
        String s = Text.toHalfWidth(text).trim();
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.valueOf(s));
    }
}
