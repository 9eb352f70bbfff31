package org.zhibiao.service;

import org.zhibiao.domain.Period;

/**
 * How one indicator of the demo database moves: its province-level value at 2010Q4, 2015Q4 and
 * 2016Q4 (straight lines in between), how much regions differ ({@code spread}) and how much a
 * value wobbles from one period to the next ({@code noise}).
 * <ul>
 * <li>rates: spread and noise are log-scale factors on the distance to 100 %; the counts behind a
 *     county's rate lie between {@code denominatorMin} and {@code denominatorMax} (with
 *     {@code countDecimals}), and {@code yearToDate} counts grow through the year;</li>
 * <li>means and {@code none} indicators: spread and noise in the indicator's unit;</li>
 * <li>stocks: spread is the log-scale spread of the regions' shares, noise a log-scale wobble;</li>
 * <li>flows: the level is the year's total, spread the log-scale spread of where things happen,
 *     noise the wobble of the yearly total.</li>
 * </ul>
 * {@code demoTarget2020} is the 2020 target the demo adds where the plan documents give only a
 * 2015 one (null: none).
 */
record DemoProfile(
        String code,
        double start,
        double at2015,
        double at2016,
        double spread,
        double noise,
        double denominatorMin,
        double denominatorMax,
        int countDecimals,
        boolean yearToDate,
        Double demoTarget2020) {

    static final Period START = Period.of(2010, 4);
    static final Period PLAN_END = Period.of(2015, 4);

    /** The province-level value the history follows at a period. */
    double level(Period period) {
        if (period.compareTo(PLAN_END) <= 0) {
            double f = (double) START.quartersUntil(period) / START.quartersUntil(PLAN_END);
            return start + f * (at2015 - start);
        }
        double f = PLAN_END.quartersUntil(period) / 4.0;
        return at2015 + f * (at2016 - at2015);
    }
}
