package org.zhibiao.analysis;

/**
 * The status rules of STATUS.md in order (the first that applies wins), with the progress ratio
 * of the chosen method: time progress {@code R = (A − B) / (E − B)} or Open SDG growth rates.
 * Rule 2 (no target) is the caller's: a trajectory always has a target. Open SDG skips rules 6
 * and 7 and does not judge what its growth rates cannot measure.
 */
public final class ProgressJudge {

    private final Method method;
    private final Thresholds thresholds;

    public ProgressJudge(Method method, Thresholds thresholds) {
        this.method = method;
        this.thresholds = thresholds;
    }

    public Method method() {
        return method;
    }

    /** Judges a trajectory; numbers in the explanation are rounded to {@code decimals}. */
    public Progress judge(Trajectory t, int decimals) {
        Explaining say = new Explaining(t, decimals);
        if (t.actual() == null) {
            return progress(t, Status.NO_DATA, null, say.noData());
        }
        if (t.meets(t.actual())) {
            return progress(t, Status.ACHIEVED, ratio(t), say.achieved());
        }
        if (!t.hasBaseline()) {
            return progress(t, Status.NOT_MET, null, say.noBaseline());
        }
        if (t.meets(t.base())) {
            return progress(t, Status.REGRESSING, ratio(t), say.baselineMet());
        }
        if (method == Method.OPEN_SDG) {
            return openSdg(t, say);
        }
        if (t.atBaseline()) {
            boolean holding = t.direction() * (t.actual() - t.base()) >= 0;
            return progress(t, holding ? Status.ON_TRACK : Status.REGRESSING, null, say.atBaseline(holding));
        }
        Double r = t.progressRatio();
        if (t.period().compareTo(t.targetPeriod()) >= 0) {
            return progress(t, Status.NOT_MET, r, say.deadlinePassed());
        }
        Status status = thresholds.classify(r);
        return progress(t, status, r, say.onTheWay(method, status, r));
    }

    /** The cases Open SDG's growth rates cannot judge are not met, with the reason; the rest by R. */
    private Progress openSdg(Trajectory t, Explaining say) {
        if (t.basePeriod().compareTo(t.period()) >= 0) {
            return progress(t, Status.NOT_MET, null, say.noTrendYet());
        }
        if (OpenSdg.crossesZero(t)) {
            return progress(t, Status.NOT_MET, null, say.crossesZero());
        }
        double r = OpenSdg.ratio(t);
        if (!Double.isFinite(r)) {
            return progress(t, Status.NOT_MET, null, say.noRatio());
        }
        Status status = thresholds.classify(r);
        return progress(t, status, r, say.onTheWay(method, status, r));
    }

    private Double ratio(Trajectory t) {
        if (!t.hasBaseline() || t.actual() == null || t.atBaseline()) {
            return null;
        }
        if (method == Method.TIME_PROGRESS) {
            return t.progressRatio();
        }
        if (t.basePeriod().compareTo(t.period()) >= 0 || OpenSdg.crossesZero(t)) {
            return null;
        }
        double r = OpenSdg.ratio(t);
        return Double.isFinite(r) ? r : null;
    }

    private static Progress progress(Trajectory t, Status status, Double ratio, Explanation explanation) {
        return new Progress(status, t.timeProgress(), t.expected(), t.taskProgress(), ratio, t.gapToTarget(),
                t.gapToExpected(), explanation);
    }
}
