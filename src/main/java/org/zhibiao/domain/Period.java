package org.zhibiao.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter. Quarterly values are year-to-date, so the Q4 value is the year's value.
 * The {@link #index()} counts quarters since year 0 and orders periods. Any year written with
 * four digits is a period; whether data can be for it is {@link #isPlausible}.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    /** The first quarter data can be for: statistics of the People's Republic start in 1949. */
    public static final Period EARLIEST = new Period(1949, 1);

    private static final Pattern STRICT = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern PLAIN = Pattern.compile("(\\d{4})\\s*[-_ ]?\\s*[Qq]\\s*([1-4])");
    private static final Pattern CHINESE_QUARTER =
            Pattern.compile("(\\d{4})\\s*年\\s*第?\\s*([1-4一二三四])\\s*季度?");
    private static final Pattern MONTH_RANGE =
            Pattern.compile("(\\d{4})\\s*年\\s*(?:1|一)\\s*[-—–~至到－]+\\s*(3|6|9|12|三|六|九|十二)\\s*月");
    private static final String CHINESE_DIGITS = "一二三四";

    public Period {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Period of(int year, int quarter) {
        return new Period(year, quarter);
    }

    public static Period fromIndex(int index) {
        return new Period(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** The Q4 period of a target year. */
    public static Period endOf(int year) {
        return new Period(year, 4);
    }

    /** Parses exactly {@code 2015Q3}; the form the CLI and CSV files use. */
    public static Period parse(String text) {
        return parseStrict(text).orElseThrow(() -> new IllegalArgumentException("not a period: " + text));
    }

    public static Optional<Period> parseStrict(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = STRICT.matcher(text.trim());
        return m.matches() ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /**
     * Finds a period in free text as people write it on returns: {@code 2015Q3}, {@code 2015-Q3},
     * {@code 2015年第3季度}, {@code 2015年第三季度}, {@code 2015年三季度}, {@code 2015年1-9月},
     * {@code 2015年1—9月}.
     */
    public static Optional<Period> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Text.toHalfWidth(text);
        Matcher m = PLAIN.matcher(s);
        if (m.find()) {
            return Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = CHINESE_QUARTER.matcher(s);
        if (m.find()) {
            return Optional.of(new Period(Integer.parseInt(m.group(1)), digit(m.group(2))));
        }
        m = MONTH_RANGE.matcher(s);
        if (m.find()) {
            return Optional.of(new Period(Integer.parseInt(m.group(1)), monthToQuarter(m.group(2))));
        }
        return Optional.empty();
    }

    private static int digit(String d) {
        int i = CHINESE_DIGITS.indexOf(d);
        return i >= 0 ? i + 1 : Integer.parseInt(d);
    }

    private static int monthToQuarter(String month) {
        return switch (month) {
            case "3", "三" -> 1;
            case "6", "六" -> 2;
            case "9", "九" -> 3;
            default -> 4;
        };
    }

    /** The last quarter data can be for on a given day: the next year's Q4 (plans reach ahead). */
    public static Period latest(LocalDate today) {
        return endOf(today.getYear() + 1);
    }

    /** Whether data can be for this quarter: from {@link #EARLIEST} to {@link #latest}. */
    public boolean isPlausible(LocalDate today) {
        return compareTo(EARLIEST) >= 0 && compareTo(latest(today)) <= 0;
    }

    public int index() {
        return year * 4 + quarter - 1;
    }

    public Period plusQuarters(int n) {
        return fromIndex(index() + n);
    }

    public Period previous() {
        return plusQuarters(-1);
    }

    /** The same quarter one year earlier. */
    public Period yearEarlier() {
        return new Period(year - 1, quarter);
    }

    public boolean isYearEnd() {
        return quarter == 4;
    }

    public int quartersUntil(Period other) {
        return other.index() - index();
    }

    /** {@code 2015年第3季度}. */
    public String toChinese() {
        return year + "年第" + quarter + "季度";
    }

    /** {@code 2015 Q3}. */
    public String toEnglish() {
        return year + " Q" + quarter;
    }

    /** The period as people read it: {@code 2015年第3季度} in Chinese, {@code 2015 Q3} otherwise. */
    public String words(boolean chinese) {
        return chinese ? toChinese() : toEnglish();
    }

    /** {@code 1—9月}: the months a year-to-date value covers. */
    public String monthsCovered() {
        return "1—" + (quarter * 3) + "月";
    }

    @Override
    public int compareTo(Period o) {
        return Integer.compare(index(), o.index());
    }

    @Override
    public String toString() {
        return (year < 1000 ? String.format("%04d", year) : Integer.toString(year)) + "Q" + quarter;
    }
}
