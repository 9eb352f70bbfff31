package org.zhibiao.catalogue;

import java.math.BigDecimal;
import java.util.Optional;
import org.zhibiao.domain.Text;

/** Numbers in workbook cells typed as text. */
final class Numbers {

    private Numbers() {
    }

    /** A plain decimal number, full-width digits allowed; nothing else (no units, no separators). */
    static Optional<Double> parse(String text) {
        String s = Text.toHalfWidth(text).trim();
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.valueOf(s));
    }

    /** A number as text without exponent or a trailing ".0". */
    static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
