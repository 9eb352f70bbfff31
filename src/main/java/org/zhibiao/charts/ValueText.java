package org.zhibiao.charts;

import java.util.Locale;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;

/** Numbers as people read them on a chart: the indicator's decimals and unit, "pp" for rate gaps. */
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
        return indicator.isPercentage() ? number + "%" : number + " " + indicator.unit();
    }

    /** A gap: percentage points for rates, else the unit; a leading + or − says which side. */
    public String gap(Indicator indicator, Double gap) {
        if (gap == null) {
            return messages.get("charts.value.none");
        }
        String number = (gap > 0 ? "+" : gap < 0 ? "−" : "") + number(Math.abs(gap), indicator.decimals());
        return indicator.isPercentage() ? messages.get("charts.value.pp", number) : number + " " + indicator.unit();
    }

    public String ratio(Double ratio) {
        return ratio == null ? messages.get("charts.value.none") : number(ratio, 2);
    }

    /** The unit for an axis: percentage points for rate gaps. */
    public String gapUnit(Indicator indicator) {
        return indicator.isPercentage() ? messages.get("charts.value.ppUnit") : indicator.unit();
    }

    private String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
