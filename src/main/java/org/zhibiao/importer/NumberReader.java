package org.zhibiao.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhibiao.domain.Text;

/**
 * RETURNS.md's rules for what a value cell means: a number, "not reported", or something refused.
 * A number must be plausible: beyond 10^15 in magnitude no indicator's value is real (and a double
 * no longer holds it exactly); a magnitude below 10^-30 is zero. Exponents are never expanded.
 */
final class NumberReader {

    private static final Set<String> NOT_REPORTED = Set.of("/", "无", "不适用", "N/A", "NA");
    private static final Pattern DASHES = Pattern.compile("[-—–─－]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String YES_NO = "是/否";
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(15);
    private static final int SMALLEST_EXPONENT = -30;
    private static final int PLAIN_DIGITS = 40;

    enum Kind { EMPTY, NUMBER, INVALID, IMPLAUSIBLE, FORMULA }

    record Result(Kind kind, BigDecimal number) {
        static final Result EMPTY = new Result(Kind.EMPTY, null);
        static final Result INVALID = new Result(Kind.INVALID, null);
        static final Result IMPLAUSIBLE = new Result(Kind.IMPLAUSIBLE, null);
        static final Result FORMULA = new Result(Kind.FORMULA, null);

        Double asDouble() {
            return number == null ? null : number.doubleValue();
        }
    }

    private NumberReader() {
    }

    /**
     * {@code unit} is the indicator's unit for a value cell and null for numerator and denominator;
     * {@code percentage} says the value is a percentage (95.2% means 95.2).
     */
    static Result read(CellData cell, String unit, boolean percentage) {
        if (cell == null || cell.isBlank()) {
            return Result.EMPTY;
        }
        if (cell.isUnevaluatedFormula()) {
            return Result.FORMULA;
        }
        if (cell.isNumber()) {
            return checked(cell.percentFormat() && percentage ? cell.number().multiply(HUNDRED) : cell.number());
        }
        return readText(cell.text(), unit, percentage);
    }

    static Result readText(String raw, String unit, boolean percentage) {
        String s = Text.withoutWhitespace(Text.toHalfWidth(raw));
        if (s.isEmpty() || DASHES.matcher(s).matches() || NOT_REPORTED.contains(s.toUpperCase(Locale.ROOT))) {
            return Result.EMPTY;
        }
        if (YES_NO.equals(unit) && (s.equals("是") || s.equals("否"))) {
            return new Result(Kind.NUMBER, s.equals("是") ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        if (unit != null && !unit.isEmpty() && !unit.equals("%") && s.endsWith(unit)) {
            s = s.substring(0, s.length() - unit.length());
        }
        if (s.endsWith("%")) {
            if (!percentage) {
                return Result.INVALID;
            }
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal multiplier = BigDecimal.ONE;
        boolean unitHasScale = unit != null && (unit.contains("万") || unit.contains("亿"));
        if (!unitHasScale && (s.endsWith("万") || s.endsWith("亿"))) {
            multiplier = s.endsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
            s = s.substring(0, s.length() - 1);
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!NUMBER.matcher(s).matches()) {
            return Result.INVALID;
        }
        return checked(new BigDecimal(s).multiply(multiplier));
    }

    private static Result checked(BigDecimal number) {
        if (number.signum() == 0 || exponent(number) < SMALLEST_EXPONENT) {
            return new Result(Kind.NUMBER, BigDecimal.ZERO);
        }
        if (exponent(number) > 15 || number.abs().compareTo(LARGEST) > 0) {
            return Result.IMPLAUSIBLE;
        }
        return new Result(Kind.NUMBER, number);
    }

    /** The power of ten of the leading digit, found without arithmetic on the value. */
    private static long exponent(BigDecimal number) {
        return (long) number.precision() - number.scale() - 1;
    }

    /**
     * The number as people read it: plain digits, or scientific notation where plain would be very
     * long; more than 34 significant digits are rounded (a double holds 17).
     */
    static String text(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal shown = (number.precision() > MathContext.DECIMAL128.getPrecision()
                ? number.round(MathContext.DECIMAL128) : number).stripTrailingZeros();
        long exponent = exponent(shown);
        return exponent > PLAIN_DIGITS || exponent < -PLAIN_DIGITS ? shown.toString() : shown.toPlainString();
    }
}
