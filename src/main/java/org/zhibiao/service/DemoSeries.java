package org.zhibiao.service;

import java.util.List;
import java.util.Random;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;

/** The values one reporting region gives for one indicator, period by period (null: not reported). */
final class DemoSeries {

    private static final double GROWTH_PER_YEAR = 0.03;
    private static final double DAYS_IN_YEAR = 366;
    private static final double SCALE_TOP = 100;

    private final Indicator indicator;
    private final DemoProfile profile;
    private final List<Period> periods;
    private final Random random;

    DemoSeries(Indicator indicator, DemoProfile profile, List<Period> periods, Random random) {
        this.indicator = indicator;
        this.profile = profile;
        this.periods = periods;
        this.random = random;
    }

    /** Counts behind a rate: numerator and denominator per period. */
    double[][] ratio() {
        double size = profile.denominatorMin() + (profile.denominatorMax() - profile.denominatorMin()) * random.nextDouble();
        double regionFactor = logNormal(profile.spread());
        double[][] out = new double[periods.size()][];
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (reported(p)) {
                double share = yearShare(p);
                double growth = 1 + GROWTH_PER_YEAR * (p.year() - DemoProfile.START.year());
                double step = Math.pow(10, -profile.countDecimals());
                double den = Math.max(step, round(size * growth * share, profile.countDecimals()));
                double fraction = rateFraction(profile.level(p), regionFactor * logNormal(profile.noise()));
                double num = Math.min(den, stochasticRound(den * fraction, profile.countDecimals()));
                out[i] = new double[] {num, den};
            }
        }
        return out;
    }

    /** Scores, index values, days: the region's level with its own offset. */
    double[][] mean() {
        double offset = profile.spread() * random.nextGaussian();
        double top = "天".equals(indicator.unit()) ? DAYS_IN_YEAR : SCALE_TOP;
        double[][] out = new double[periods.size()][];
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (reported(p)) {
                double v = profile.level(p) + offset + profile.noise() * random.nextGaussian();
                out[i] = new double[] {round(Math.max(0, Math.min(top, v)), indicator.decimals())};
            }
        }
        return out;
    }

    /** Stocks: the region's share of the province-level total. */
    double[][] stock(double share) {
        double[][] out = new double[periods.size()][];
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (reported(p)) {
                out[i] = new double[] {round(profile.level(p) * share * logNormal(profile.noise()), indicator.decimals())};
            }
        }
        return out;
    }

    /** Figures of a region's own that nothing adds up from: yes/no as 1/0, others in the unit. */
    double[][] own() {
        double offset = profile.spread() * random.nextGaussian();
        double[][] out = new double[periods.size()][];
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (reported(p)) {
                double v = profile.level(p) + offset + profile.noise() * random.nextGaussian();
                out[i] = new double[] {indicator.direction() == Direction.YES ? (v >= 0.5 ? 1 : 0)
                        : round(Math.max(0, v), indicator.decimals())};
            }
        }
        return out;
    }

    boolean reported(Period p) {
        return indicator.frequency().reportedIn(p);
    }

    /** A random weight around 1 whose logarithm has the given spread. */
    double logNormal(double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    private double yearShare(Period p) {
        if (!profile.yearToDate() || indicator.frequency() == Frequency.ANNUAL) {
            return 1;
        }
        return p.quarter() / 4.0 * (1 + 0.05 * random.nextGaussian());
    }

    /** numerator ÷ denominator; for percentages the distance to 100 % varies between regions. */
    private double rateFraction(double level, double factor) {
        double scale = indicator.factor() == null ? 1 : indicator.factor();
        if (!indicator.isPercentage()) {
            return level * factor / scale;
        }
        double shortfall = Math.max(0, SCALE_TOP - level) * factor;
        return Math.max(0, SCALE_TOP - shortfall) / SCALE_TOP;
    }

    /** Rounds to the given decimals, up or down at random in proportion, so totals stay unbiased. */
    private double stochasticRound(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double scaled = value * scale;
        double floor = Math.floor(scaled);
        return (floor + (random.nextDouble() < scaled - floor ? 1 : 0)) / scale;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
