package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;

/**
 * Values up the region tree (STATUS.md "Roll-up"): a region's official figure is its reported
 * one, else the roll-up of its children, each child counting with its own official figure, down
 * to the counties. Ratios add numerators and denominators (never percentages), sums add values,
 * means average them, {@code none} indicators do not roll up. Results are remembered.
 */
public final class RollUp {

    private final RegionHierarchy regions;
    private final Facts facts;
    private final Map<String, Figure> rolled = new HashMap<>();

    public RollUp(RegionHierarchy regions, Facts facts) {
        this.regions = regions;
        this.facts = facts;
    }

    /** The reported figure where there is one, else the roll-up; null when neither exists. */
    public Figure official(Indicator indicator, String regionCode, Period period) {
        Figure reported = reported(indicator, regionCode, period);
        return reported != null ? reported : rollUp(indicator, regionCode, period);
    }

    /** The region's own reported figure, or null. */
    public Figure reported(Indicator indicator, String regionCode, Period period) {
        Observation o = facts.get(indicator.code(), period, regionCode);
        if (o == null) {
            return null;
        }
        Double value = o.value() != null ? o.value() : indicator.ratioValue(o.numerator(), o.denominator());
        return Figure.of(value, o.numerator(), o.denominator(), Source.REPORTED, null);
    }

    /** The roll-up from the region's children, or null when none of them can contribute. */
    public Figure rollUp(Indicator indicator, String regionCode, Period period) {
        String key = indicator.code() + '|' + period.index() + '|' + regionCode;
        Figure cached = rolled.get(key);
        if (cached != null || rolled.containsKey(key)) {
            return cached;
        }
        Figure figure = compute(indicator, regions.children(regionCode), period);
        rolled.put(key, figure);
        return figure;
    }

    private Figure compute(Indicator indicator, List<String> children, Period period) {
        if (indicator.kind() == IndicatorKind.NONE) {
            return null;
        }
        List<Figure> figures = new ArrayList<>(children.size());
        for (String child : children) {
            figures.add(official(indicator, child, period));
        }
        return combine(indicator, figures);
    }

    /**
     * The roll-up of the given observations (the children's stored values, each counting as
     * reported), or null when none of them can contribute; the coverage counts all of them.
     */
    public static Figure of(Indicator indicator, List<Observation> children) {
        List<Figure> figures = new ArrayList<>(children.size());
        for (Observation o : children) {
            figures.add(Figure.of(o.value(), o.numerator(), o.denominator(), Source.REPORTED, null));
        }
        return combine(indicator, figures);
    }

    /** The roll-up of the children's figures (null for a child without one). */
    private static Figure combine(Indicator indicator, List<Figure> children) {
        if (children.isEmpty()) {
            return null;
        }
        return switch (indicator.kind()) {
            case RATIO -> ratio(indicator, children);
            case SUM -> sumOrMean(children, false);
            case MEAN -> sumOrMean(children, true);
            case NONE -> null;
        };
    }

    private static Figure ratio(Indicator indicator, List<Figure> children) {
        double numerator = 0;
        double denominator = 0;
        int included = 0;
        for (Figure f : children) {
            if (f != null && f.hasFraction()) {
                numerator += f.numerator();
                denominator += f.denominator();
                included++;
            }
        }
        if (included == 0) {
            return null;
        }
        return Figure.of(indicator.ratioValue(numerator, denominator), numerator, denominator, Source.ROLLUP,
                new Coverage(included, children.size()));
    }

    private static Figure sumOrMean(List<Figure> children, boolean mean) {
        double sum = 0;
        int included = 0;
        for (Figure f : children) {
            if (f != null && f.value() != null) {
                sum += f.value();
                included++;
            }
        }
        if (included == 0) {
            return null;
        }
        double value = mean ? sum / included : sum;
        return Figure.of(value, null, null, Source.ROLLUP, new Coverage(included, children.size()));
    }
}
