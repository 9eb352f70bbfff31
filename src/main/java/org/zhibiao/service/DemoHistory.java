package org.zhibiao.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;

/**
 * The synthetic history of one indicator over the demo regions, from a fixed seed: counties
 * report, each city reports its counties' totals (means: their average), the province nothing.
 */
final class DemoHistory {

    static final long SEED = 20_170_120L;
    static final Period FIRST = Period.of(2010, 4);
    static final Period LATEST = Period.of(2016, 4);
    static final String MISMATCH_INDICATOR = "P07";
    static final Period MISMATCH_PERIOD = Period.of(2014, 2);
    private static final double MISMATCH_SHARE = 0.012;

    private final DemoTree tree;
    private final List<Period> periods = new ArrayList<>();

    DemoHistory(DemoTree tree) {
        this.tree = tree;
        for (Period p = FIRST; p.compareTo(LATEST) <= 0; p = p.plusQuarters(1)) {
            periods.add(p);
        }
    }

    /** Every value of the indicator, regions in tree order, then by period. */
    List<Observation> observations(Indicator indicator, DemoProfile profile) {
        Random random = new Random(SEED * 31 + indicator.code().hashCode());
        Map<String, double[][]> values = indicator.kind() == IndicatorKind.NONE
                ? own(indicator, profile, random)
                : rollUp(indicator, profile, reported(indicator, profile, random));
        if (indicator.code().equals(MISMATCH_INDICATOR) && tree.mismatchCity() != null) {
            misreport(values.get(tree.mismatchCity())[periods.indexOf(MISMATCH_PERIOD)]);
        }
        return toObservations(indicator, values);
    }

    /** The city's own numerator falls a little short of its counties' total. */
    private static void misreport(double[] fraction) {
        if (fraction != null && fraction.length == 2) {
            fraction[0] -= Math.max(1, Math.round(fraction[1] * MISMATCH_SHARE));
        }
    }

    private Map<String, double[][]> reported(Indicator indicator, DemoProfile profile, Random random) {
        List<String> leaves = tree.leaves();
        if (indicator.kind() == IndicatorKind.SUM && indicator.isFlow()) {
            return DemoFlows.of(indicator, profile, leaves, periods, random);
        }
        double[] shares = indicator.kind() == IndicatorKind.SUM
                ? DemoFlows.shares(leaves.size(), profile.spread(), random) : null;
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int r = 0; r < leaves.size(); r++) {
            DemoSeries series = new DemoSeries(indicator, profile, periods, random);
            out.put(leaves.get(r), switch (indicator.kind()) {
                case RATIO -> series.ratio();
                case MEAN -> series.mean();
                default -> series.stock(shares[r]);
            });
        }
        return out;
    }

    private Map<String, double[][]> own(Indicator indicator, DemoProfile profile, Random random) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String code : tree.tops()) {
            out.put(code, new DemoSeries(indicator, profile, periods, random).own());
        }
        out.put(tree.homeCode(), new DemoSeries(indicator, profile, periods, random).own());
        return out;
    }

    private Map<String, double[][]> rollUp(Indicator indicator, DemoProfile profile, Map<String, double[][]> values) {
        int decimals = indicator.isRatio() ? profile.countDecimals() : indicator.decimals();
        for (String parent : tree.rollUpOrder()) {
            double[][] series = new double[periods.size()][];
            for (int i = 0; i < periods.size(); i++) {
                series[i] = combine(indicator.kind(), childValues(parent, values, i), decimals);
            }
            values.put(parent, series);
        }
        return values;
    }

    private List<double[]> childValues(String parent, Map<String, double[][]> values, int period) {
        List<double[]> out = new ArrayList<>();
        for (String child : tree.children(parent)) {
            double[] v = values.get(child)[period];
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static double[] combine(IndicatorKind kind, List<double[]> children, int decimals) {
        if (children.isEmpty()) {
            return null;
        }
        double[] total = new double[children.get(0).length];
        for (double[] child : children) {
            for (int k = 0; k < total.length; k++) {
                total[k] += child[k];
            }
        }
        for (int k = 0; k < total.length; k++) {
            double v = kind == IndicatorKind.MEAN ? total[k] / children.size() : total[k];
            total[k] = DemoSeries.round(v, decimals);
        }
        return total;
    }

    private List<Observation> toObservations(Indicator indicator, Map<String, double[][]> values) {
        List<Observation> out = new ArrayList<>();
        for (String region : tree.codes()) {
            double[][] series = values.get(region);
            for (int i = 0; series != null && i < periods.size(); i++) {
                Period p = periods.get(i);
                if (series[i] != null && !(p.equals(LATEST) && tree.missesLatest(region))) {
                    out.add(observation(indicator, region, p, series[i]));
                }
            }
        }
        return out;
    }

    private static Observation observation(Indicator indicator, String region, Period period, double[] v) {
        if (indicator.isRatio()) {
            return new Observation(indicator.code(), region, period, indicator.ratioValue(v[0], v[1]), v[0], v[1],
                    "", 1, null);
        }
        return new Observation(indicator.code(), region, period, v[0], null, null, "", 1, null);
    }
}
