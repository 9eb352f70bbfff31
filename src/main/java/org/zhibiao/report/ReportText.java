package org.zhibiao.report;

import java.util.List;
import org.zhibiao.analysis.Coverage;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

/** How the report writes numbers, statuses and names, in one place so every section agrees. */
public final class ReportText {

    /** A dash for a figure that does not apply. */
    public static final String NONE = "—";

    private final Messages messages;

    public ReportText(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** A value rounded half-up to the indicator's decimals. */
    public static String number(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        return ValueText.number(value, decimals);
    }

    /** A gap or change as every surface writes it: signed, in percentage points for rates, else the unit. */
    public String gap(Indicator indicator, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        return new ValueText(messages).gap(indicator, value);
    }

    public static String value(Indicator indicator, Double value) {
        return number(value, indicator.decimals());
    }

    public String statusName(Status status) {
        return messages.get(status.messageKey());
    }

    /** The symbol and the name, as in the status column: ● 已达标. */
    public String statusLabel(Status status) {
        return status.label(messages);
    }

    /** 按当期目标… / 按2015年目标: which target every count of a view judges. */
    public String choice(TargetChoice choice, Period period) {
        return choice.inForce() ? messages.get("report.choice.inForce", period.year())
                : messages.get("report.choice.year", choice.year());
    }

    public String category(Category category) {
        return messages.get("report.category." + category.name());
    }

    public String period(Period period) {
        return period.words(messages.chinese());
    }

    /** A numbered sub-heading of a section: （一）… in Chinese, (1) … in English. */
    public String subHeading(int number, String title) {
        return get("report.sub.category", messages.chinese() ? chineseNumeral(number) : Integer.toString(number), title);
    }

    /** 一, 二, … as in 公文 headings, for 1 to 10. */
    public static String chineseNumeral(int n) {
        return n >= 1 && n <= 10 ? "一二三四五六七八九十".substring(n - 1, n) : Integer.toString(n);
    }

    public String name(Indicator indicator) {
        return indicator.name(messages.chinese());
    }

    /** The name followed by the unit in the reader's language, as the indicator table heads its rows. */
    public String nameWithUnit(Indicator indicator) {
        String unit = new ValueText(messages).unit(indicator);
        return unit.isEmpty() ? name(indicator) : messages.get("report.nameWithUnit", name(indicator), unit);
    }

    /** 本级 for a reported value, else 7/9 with * when partial. */
    public String coverage(Coverage coverage) {
        if (coverage == null) {
            return messages.chinese() ? "本级" : "own";
        }
        return coverage + (coverage.isPartial() ? "*" : "");
    }

    public String list(List<String> items) {
        return String.join(messages.get("report.narrative.separator"), items);
    }

    /** The legend sentence listing every status symbol. */
    public String legend() {
        List<String> items = java.util.Arrays.stream(Status.values()).map(this::statusLabel).toList();
        return messages.get("report.legend", list(items));
    }
}
