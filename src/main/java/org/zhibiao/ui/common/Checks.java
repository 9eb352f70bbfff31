package org.zhibiao.ui.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhibiao.domain.Period;

/** Checks of form input: each returns the i18n key of the problem, or empty when the text is fine. */
public final class Checks {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private Checks() {
    }

    public static Optional<String> required(String text) {
        return text.isBlank() ? Optional.of("ui.check.required") : Optional.empty();
    }

    /** A plain decimal number such as {@code 95.5}; blank is fine unless required. */
    public static Optional<String> number(String text, boolean required) {
        if (text.isBlank()) {
            return required ? Optional.of("ui.check.required") : Optional.empty();
        }
        return NUMBER.matcher(text).matches() ? Optional.empty() : Optional.of("ui.check.number");
    }

    public static Optional<String> integerBetween(String text, int min, int max, String problemKey) {
        if (text.isBlank()) {
            return Optional.of("ui.check.required");
        }
        if (!text.matches("-?\\d{1,9}")) {
            return Optional.of(problemKey);
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? Optional.of(problemKey) : Optional.empty();
    }

    /** {@code 2015Q4}; blank is fine. */
    public static Optional<String> period(String text) {
        return text.isBlank() || Period.parseStrict(text).isPresent()
                ? Optional.empty() : Optional.of("ui.check.period");
    }

    public static Optional<String> regionCode(String text) {
        if (text.isBlank()) {
            return Optional.of("ui.check.required");
        }
        return REGION_CODE.matcher(text).matches() ? Optional.empty() : Optional.of("ui.check.regionCode");
    }

    /** Parses a text that passed {@link #number}; null for blank. */
    public static Double toDouble(String text) {
        return text.isBlank() ? null : Double.valueOf(text);
    }

    /** Shows a stored number without a needless {@code .0}. */
    public static String format(Double value) {
        if (value == null) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
