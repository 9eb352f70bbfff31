package org.zhibiao.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhibiao.domain.Indicator;

/**
 * The demo history's indicators: those with a target for 吉林省 (220000) in the plan documents.
 * Read each row against targets.tsv: P11, E02, E04, S01, V01, V06, V07 reach their 2015 target
 * by 2015Q4; P09, E01, E03, E05, S02, V03, V05 lag; S03 and V02 move away from it; P06–P08 head
 * for 2020 at different speeds; F19 and F20 meet their 2013 ranges (10–15 and 1–2 a year).
 */
final class DemoProfiles {

    private static final double NO = Double.NaN;

    private static final List<DemoProfile> ALL = List.of(
            //    code    2010Q4  2015Q4  2016Q4 spread noise  den min–max  dec  ytd    2020 (demo)
            rate("P06",   62.0,   74.0,   77.0,  0.25, 0.05,  20, 120,    0, false, null),
            rate("P07",   70.0,   76.0,   77.5,  0.30, 0.04,  20, 400,    0, false, null),
            rate("P08",   35.0,   45.0,   47.0,  0.25, 0.05,  20, 400,    0, false, null),
            other("P09", 180.0,  300.0,  320.0,  1.50, 0.03,                           450.0),
            other("P10",  38.0,   48.0,   50.0,  4.00, 1.00,                            55.0),
            rate("P11",   78.0,   91.0,   92.0,  0.30, 0.05,  20, 150,    0, false,  95.0),
            rate("E01",   97.5,   99.6,   99.7,  0.40, 0.10,  20, 200,    0, true,  100.0),
            rate("E02",   95.0,   98.4,   98.6,  0.40, 0.10,  20, 400,    0, true,   99.0),
            other("E03",  84.0,   88.5,   89.0,  2.00, 0.60,                            92.0),
            rate("E04",   98.0,  100.0,  100.0,  0.40, 0.10,  10, 120,    0, true,  100.0),
            rate("E05",   80.0,   96.0,   98.0,  0.40, 0.10,   5, 150,    1, true,  100.0),
            other("E06",   0.0,   31.0,   36.0,  4.00, 1.00,                            40.0),
            other("S01",  79.0,   85.6,   86.0,  1.50, 0.50,                            88.0),
            other("S02",  76.0,   79.0,   79.5,  1.50, 0.50,                            85.0),
            other("S03",  78.0,   76.5,   76.0,  1.50, 0.50,                            85.0),
            rate("V01",   86.0,   91.5,   92.0,  0.40, 0.10,  20, 300,    0, false,  95.0),
            rate("V02",   93.0,   91.0,   90.5,  0.50, 0.10,   5,  40,    0, false, 100.0),
            rate("V03",   45.0,   72.0,   78.0,  0.30, 0.05,   2,  60,    1, true,   90.0),
            rate("V05",   58.0,   66.0,   70.0,  0.30, 0.05,   5, 120,    1, true,   85.0),
            other("V06", 281.0,  293.0,  295.0,  5.00, 2.00,                           300.0),
            rate("V07",   95.0,  100.0,  100.0,  0.50, 0.20,   1,   6,    0, false, 100.0),
            other("V08",   0.55,   0.95,   1.0,  0.25, 0.05,                             1.0),
            other("F19",   6.0,   14.0,   13.0,  0.80, 0.00,                           null),
            other("F20",   0.0,    2.0,    2.0,  0.80, 0.00,                           null));

    private DemoProfiles() {
    }

    /** The catalogue's indicators that have a demo profile, in profile order. */
    static List<Map.Entry<Indicator, DemoProfile>> in(List<Indicator> catalogue) {
        Map<String, Indicator> byCode = catalogue.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        List<Map.Entry<Indicator, DemoProfile>> out = new ArrayList<>();
        for (DemoProfile profile : ALL) {
            Indicator indicator = byCode.get(profile.code());
            if (indicator != null) {
                out.add(Map.entry(indicator, profile));
            }
        }
        return out;
    }

    private static DemoProfile rate(String code, double start, double at2015, double at2016, double spread,
                                    double noise, double denMin, double denMax, int decimals, boolean yearToDate,
                                    Double target2020) {
        return new DemoProfile(code, start, at2015, at2016, spread, noise, denMin, denMax, decimals, yearToDate,
                target2020);
    }

    private static DemoProfile other(String code, double start, double at2015, double at2016, double spread,
                                     double noise, Double target2020) {
        return new DemoProfile(code, start, at2015, at2016, spread, noise, NO, NO, 0, false, target2020);
    }
}
