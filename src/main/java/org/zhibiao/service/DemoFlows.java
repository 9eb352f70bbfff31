package org.zhibiao.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;

/**
 * Flows (things that happen: bases created, standards drafted): each year's total is shared out
 * among the reporting regions and the quarters at random; a region's value is its year-to-date count.
 */
final class DemoFlows {

    private DemoFlows() {
    }

    static Map<String, double[][]> of(Indicator indicator, DemoProfile profile, List<String> leaves,
                                      List<Period> periods, Random random) {
        double[] shares = shares(leaves.size(), profile.spread(), random);
        int firstYear = periods.get(0).year();
        int years = periods.get(periods.size() - 1).year() - firstYear + 1;
        int[][][] events = new int[leaves.size()][years][4];
        for (int y = 0; y < years; y++) {
            double level = profile.level(Period.endOf(firstYear + y)) + profile.noise() * random.nextGaussian();
            long total = Math.max(0, Math.round(level));
            for (long k = 0; k < total; k++) {
                events[pick(shares, random.nextDouble())][y][random.nextInt(4)]++;
            }
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int r = 0; r < leaves.size(); r++) {
            double[][] series = new double[periods.size()][];
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                if (indicator.frequency().reportedIn(p)) {
                    series[i] = new double[] {yearToDate(events[r][p.year() - firstYear], p.quarter())};
                }
            }
            out.put(leaves.get(r), series);
        }
        return out;
    }

    /** Random shares that add up to 1; the larger the spread, the more a few regions dominate. */
    static double[] shares(int n, double spread, Random random) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(spread * random.nextGaussian());
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static int pick(double[] shares, double u) {
        double cumulative = 0;
        for (int i = 0; i < shares.length; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static int yearToDate(int[] byQuarter, int quarter) {
        int sum = 0;
        for (int q = 0; q < quarter; q++) {
            sum += byQuarter[q];
        }
        return sum;
    }
}
