package org.zhibiao.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;

/**
 * The one number format for people, on screen, in charts and in the report: an indicator's
 * decimals (half up, never −0.0) and unit, gaps signed and in percentage points for rates, counts as
 * integers. Machine output (CSV, JSON, export) keeps full precision instead.
 */
public final class ValueText {

    private final Messages messages;

    public ValueText(Messages messages) {
        this.messages = messages;
    }

    public String name(Indicator indicator) {
        return indicator.name(messages.chinese());
    }

    public String value(Indicator indicator, Double value) {
        if (value == null) {
            return messages.get("charts.value.none");
        }
        String number = number(value, indicator.decimals());
        return indicator.isPercentage() ? number + "%" : number + " " + unit(indicator);
    }

    /**
     * The indicator's unit in the reader's language (bundle {@code units}, keyed by the unit as the
     * catalogue stores it); % stays a symbol, and a unit the bundle does not know is shown as stored.
     */
    public String unit(Indicator indicator) {
        String key = "units." + indicator.unit();
        return messages.has(key) ? messages.get(key) : indicator.unit();
    }

    /** A gap: percentage points for rates, else the unit; a leading + or − says which side. */
    public String gap(Indicator indicator, Double gap) {
        if (gap == null) {
            return messages.get("charts.value.none");
        }
        String magnitude = number(Math.abs(gap), indicator.decimals());
        boolean zero = new BigDecimal(magnitude).signum() == 0;
        String number = (zero ? "" : gap > 0 ? "+" : "−") + magnitude;
        return indicator.isPercentage() ? messages.get("charts.value.pp", number) : number + " " + unit(indicator);
    }

    public String ratio(Double ratio) {
        return ratio == null ? messages.get("charts.value.none") : number(ratio, 2);
    }

    /** The words after a gap's number: 个百分点 for rates, else the unit. */
    public String gapUnitWords(Indicator indicator) {
        return indicator.isPercentage() ? messages.get("charts.value.pp", "").trim() : unit(indicator);
    }

    /** The unit for an axis: percentage points for rate gaps. */
    public String gapUnit(Indicator indicator) {
        return indicator.isPercentage() ? messages.get("charts.value.ppUnit") : unit(indicator);
    }

    /** A count, such as a numerator or a number of enterprises: an integer. */
    public static String count(double value) {
        return number(value, 0);
    }

    /** Rounded half up to {@code decimals}, without a minus sign on a value that rounds to zero. */
    public static String number(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString();
    }
}
