package org.zhibiao.domain;

import java.util.Objects;

/**
 * An indicator of the catalogue. {@code factor} applies to ratios (100 for percentages);
 * {@code jumpThreshold} is the largest plausible change from the previous quarter, null for the
 * default (20 percentage points for rates, 50 % for others).
 */
public record Indicator(
        String code,
        String nameZh,
        String nameEn,
        Category category,
        String unit,
        IndicatorKind kind,
        Measure measure,
        Double factor,
        String numeratorZh,
        String denominatorZh,
        Direction direction,
        Frequency frequency,
        int decimals,
        String note,
        Double jumpThreshold) {

    public static final String PERCENT = "%";

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(frequency, "frequency");
        unit = unit == null ? "" : unit;
        nameEn = nameEn == null ? "" : nameEn;
        numeratorZh = numeratorZh == null ? "" : numeratorZh;
        denominatorZh = denominatorZh == null ? "" : denominatorZh;
        note = note == null ? "" : note;
    }

    public boolean isPercentage() {
        return PERCENT.equals(unit);
    }

    public boolean isRatio() {
        return kind == IndicatorKind.RATIO;
    }

    public boolean isFlow() {
        return measure == Measure.FLOW;
    }

    /** numerator ÷ denominator × factor, or null when it cannot be computed. */
    public Double ratioValue(Double numerator, Double denominator) {
        if (numerator == null || denominator == null || denominator == 0 || factor == null) {
            return null;
        }
        return numerator / denominator * factor;
    }

    public String name(boolean chinese) {
        return chinese || nameEn.isEmpty() ? nameZh : nameEn;
    }
}
