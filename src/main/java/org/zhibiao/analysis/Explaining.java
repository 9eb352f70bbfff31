package org.zhibiao.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The explanation sentences of one trajectory, with its numbers as people read them. */
final class Explaining {

    private final Trajectory t;
    private final int decimals;

    Explaining(Trajectory t, int decimals) {
        this.t = t;
        this.decimals = decimals;
    }

    Explanation noData() {
        return Explanation.of("analysis.explain.noData", t.period());
    }

    Explanation achieved() {
        return Explanation.of("analysis.explain.achieved", number(t.actual()), target());
    }

    Explanation noBaseline() {
        return Explanation.of("analysis.explain.noBaseline", number(t.actual()), target());
    }

    Explanation baselineMet() {
        return Explanation.of("analysis.explain.baselineMet", number(t.base()), target(), number(t.actual()));
    }

    Explanation atBaseline(boolean holding) {
        String key = holding ? "analysis.explain.atBaseline" : "analysis.explain.atBaselineFalling";
        return Explanation.of(key, number(t.actual()), number(t.base()));
    }

    Explanation noRatio() {
        return Explanation.of("analysis.explain.noRatio", number(t.actual()), number(t.base()), target());
    }

    Explanation deadlinePassed() {
        return Explanation.of("analysis.explain.deadlinePassed", number(t.actual()), target(),
                t.targetPeriod());
    }

    Explanation noTrendYet() {
        return Explanation.of("analysis.explain.noTrendYet", number(t.actual()), t.basePeriod());
    }

    Explanation crossesZero() {
        return Explanation.of("analysis.explain.crossesZero", number(t.actual()), number(t.base()), target());
    }

    Explanation onTheWay(Method method, Status status, double ratio) {
        String key = (method == Method.TIME_PROGRESS ? "analysis.explain.timeProgress." : "analysis.explain.openSdg.")
                + status.name();
        if (method == Method.OPEN_SDG) {
            return Explanation.of(key, ratio, number(t.actual()), number(t.base()));
        }
        if (status == Status.REGRESSING) {
            return Explanation.of(key, t.timeProgress(), number(t.actual()), number(t.base()));
        }
        return Explanation.of(key, t.timeProgress(), t.taskProgress());
    }

    private String target() {
        String g = number(t.target());
        return t.targetMax() == null ? g : g + "—" + number(t.targetMax());
    }

    String number(double v) {
        return plain(v, decimals);
    }

    static String plain(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
