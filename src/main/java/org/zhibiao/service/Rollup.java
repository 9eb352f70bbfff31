package org.zhibiao.service;

import java.util.List;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Observation;

/** The value of a region computed from its children's values: Σnum/Σden for ratios, Σ for sums, mean for means. */
final class Rollup {

    private Rollup() {
    }

    static Double of(Indicator indicator, List<Observation> children) {
        if (children.isEmpty()) {
            return null;
        }
        return switch (indicator.kind()) {
            case RATIO -> ratio(indicator, children);
            case SUM -> children.stream().mapToDouble(Observation::value).sum();
            case MEAN -> children.stream().mapToDouble(Observation::value).average().orElse(Double.NaN);
            case NONE -> null;
        };
    }

    private static Double ratio(Indicator indicator, List<Observation> children) {
        List<Observation> fractions = children.stream().filter(Observation::hasFraction).toList();
        double num = fractions.stream().mapToDouble(Observation::numerator).sum();
        double den = fractions.stream().mapToDouble(Observation::denominator).sum();
        return fractions.isEmpty() ? null : indicator.ratioValue(num, den);
    }
}
