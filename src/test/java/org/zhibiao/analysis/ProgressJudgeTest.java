package org.zhibiao.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

/** STATUS.md's worked examples and rules, through the judge both methods share. */
class ProgressJudgeTest {

    private static final ProgressJudge TIME = new ProgressJudge(Method.TIME_PROGRESS, Thresholds.DEFAULT);
    private static final ProgressJudge SDG = new ProgressJudge(Method.OPEN_SDG, Thresholds.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            pass rate, half-way           | >= | 86.0 | 2010Q4 | 90  | 2015Q4 | 88.5 | 2013Q2 | 0.5 | 88.0 | 1.25    | ON_TRACK
            pass rate, slow               | >= | 86.0 | 2010Q4 | 90  | 2015Q4 | 87.5 | 2013Q2 | 0.5 | 88.0 | 0.75    | AT_RISK
            pass rate, falling            | >= | 86.0 | 2010Q4 | 90  | 2015Q4 | 85.0 | 2013Q2 | 0.5 | 88.0 | -0.5    | REGRESSING
            met                           | >= | 86.0 | 2010Q4 | 90  | 2015Q4 | 90.2 | 2013Q2 | -   | -    | -       | ACHIEVED
            repair rate, lower is better  | <= | 8.0  | 2013Q4 | 5   | 2015Q4 | 7.5  | 2014Q4 | 0.5 | 6.5  | 0.33333 | OFF_TRACK
            baseline met, now below       | >= | 95.0 | 2010Q4 | 90  | 2015Q4 | 88.0 | 2013Q2 | -   | -    | -       | REGRESSING
            trained enterprises, 300/yr   | >= | 0    | 2014Q4 | 300 | 2015Q4 | 170  | 2015Q2 | 0.5 | 150  | 1.13333 | ON_TRACK
            """)
    void workedExamples(String name, String comparator, double base, String basePeriod, double target,
                        String targetPeriod, double actual, String period, Double f, Double expected, Double ratio,
                        Status status) {
        Trajectory t = new Trajectory(Comparator.fromCode(comparator), target, null, actual, base,
                Period.parse(period), Period.parse(basePeriod), Period.parse(targetPeriod));
        Progress p = TIME.judge(t, 1);
        assertThat(p.status()).isEqualTo(status);
        if (f != null) {
            assertThat(p.timeProgress()).isCloseTo(f, within(1e-12));
            assertThat(p.expected()).isCloseTo(expected, within(1e-9));
            assertThat(p.progressRatio()).isCloseTo(ratio, within(1e-5));
        }
    }

    @ParameterizedTest(name = "R = {0} → score {1}")
    @CsvSource({"-0.6, -5", "0, -2.5", "0.6, 0", "0.95, 2.5", "1.3, 5"})
    void openSdgScoreBreakpoints(double ratio, double score) {
        assertThat(OpenSdg.score(ratio)).isCloseTo(score, within(1e-3));
    }

    @Test
    void openSdgRatioIsTheGrowthRateAgainstTheOneNeeded() {
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 121, null, 110.0, 100.0, Period.parse("2011Q4"),
                Period.parse("2010Q4"), Period.parse("2012Q4"));
        Progress p = SDG.judge(t, 1);
        assertThat(p.progressRatio()).isCloseTo(0.10 / 0.10, within(1e-9));
        assertThat(p.status()).isEqualTo(Status.ON_TRACK);
        Trajectory slow = new Trajectory(Comparator.AT_LEAST, 121, null, 107.0, 100.0, Period.parse("2011Q4"),
                Period.parse("2010Q4"), Period.parse("2012Q4"));
        assertThat(SDG.judge(slow, 1).progressRatio()).isCloseTo(0.7, within(1e-9));
        assertThat(SDG.judge(slow, 1).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void openSdgLowerIsBetterAndAZeroTarget() {
        Trajectory falling = new Trajectory(Comparator.AT_MOST, 0, null, 4.0, 8.0, Period.parse("2014Q4"),
                Period.parse("2013Q4"), Period.parse("2015Q4"));
        double expected = -OpenSdg.cagr(4, 8, 1) / Math.abs(OpenSdg.cagr(0.001, 8, 2));
        assertThat(SDG.judge(falling, 1).progressRatio()).isCloseTo(expected, within(1e-12));
        assertThat(SDG.judge(falling, 1).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void rulesInOrder() {
        Period b = Period.parse("2010Q4");
        Period t = Period.parse("2013Q2");
        Period end = Period.parse("2015Q4");
        assertThat(TIME.judge(new Trajectory(Comparator.AT_LEAST, 90, null, null, 86.0, t, b, end), 1).status())
                .isEqualTo(Status.NO_DATA);
        assertThat(TIME.judge(new Trajectory(Comparator.AT_LEAST, 90, null, 88.0, null, t, b, end), 1).status())
                .isEqualTo(Status.NOT_MET);
        assertThat(TIME.judge(new Trajectory(Comparator.AT_LEAST, 90, null, 86.0, 86.0, b, b, end), 1).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(TIME.judge(new Trajectory(Comparator.AT_LEAST, 90, null, 85.0, 86.0, b, b, end), 1).status())
                .isEqualTo(Status.REGRESSING);
    }

    @Test
    void rangeTargetsAreMetFromTheirLowerEndAndYesTargetsAtOne() {
        Period b = Period.parse("2012Q4");
        Period end = Period.parse("2013Q4");
        Trajectory range = new Trajectory(Comparator.RANGE, 10, 15.0, 11.0, 0.0, Period.parse("2013Q2"), b, end);
        assertThat(TIME.judge(range, 0).status()).isEqualTo(Status.ACHIEVED);
        Trajectory below = new Trajectory(Comparator.RANGE, 10, 15.0, 2.0, 0.0, Period.parse("2013Q2"), b, end);
        assertThat(TIME.judge(below, 0).status()).isEqualTo(Status.OFF_TRACK);
        Trajectory yes = new Trajectory(Comparator.YES, 1, null, 1.0, 0.0, Period.parse("2013Q2"), b, end);
        assertThat(TIME.judge(yes, 0).status()).isEqualTo(Status.ACHIEVED);
        Trajectory no = new Trajectory(Comparator.YES, 1, null, 0.0, 0.0, Period.parse("2013Q2"), b, end);
        assertThat(TIME.judge(no, 0).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void thresholdsAreSettings() {
        ProgressJudge strict = new ProgressJudge(Method.TIME_PROGRESS, new Thresholds(1.3, 0.9, 0));
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 90, null, 88.5, 86.0, Period.parse("2013Q2"),
                Period.parse("2010Q4"), Period.parse("2015Q4"));
        assertThat(strict.judge(t, 1).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void theExplanationSaysTheNumbersInBothLanguages() {
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 90, null, 88.5, 86.0, Period.parse("2013Q2"),
                Period.parse("2010Q4"), Period.parse("2015Q4"));
        Explanation e = TIME.judge(t, 1).explanation();
        assertThat(Messages.of(Locale.CHINA).get(e.messageKey(), e.arguments().toArray()))
                .isEqualTo("时间进度 50%，任务完成 62.5%，进度正常");
        assertThat(Messages.of(Locale.ENGLISH).get(e.messageKey(), e.arguments().toArray()))
                .isEqualTo("50% of the time gone, 62.5% of the way: on track");
    }

    @Test
    void atTheDeadlineAnUnmetTargetIsNotMetNeverOnTrack() {
        Period deadline = Period.parse("2015Q4");
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 90, null, 89.8, 85.0, deadline, Period.parse("2010Q4"),
                deadline);
        Progress p = TIME.judge(t, 1);
        assertThat(p.progressRatio()).isGreaterThan(0.95);
        assertThat(p.status()).isEqualTo(Status.NOT_MET);
        assertThat(p.explanation().text(Messages.of(Locale.CHINA))).isEqualTo("实际 89.8，目标 90.0（2015年第4季度），已过目标期限，未达标");
        Trajectory later = new Trajectory(Comparator.AT_LEAST, 90, null, 89.8, 85.0, Period.parse("2016Q4"),
                Period.parse("2010Q4"), deadline);
        assertThat(TIME.judge(later, 1).status()).isEqualTo(Status.NOT_MET);
        assertThat(SDG.judge(t, 1).status()).isEqualTo(Status.ON_TRACK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2011Q4", "2012Q2", "2013Q4", "2015Q4", "2016Q2"})
    void openSdgDoesNotJudgeAValueThatChangesSign(String period) {
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 10, null, -1.0, 5.0, Period.parse(period),
                Period.parse("2010Q4"), Period.parse("2015Q4"));
        Progress p = SDG.judge(t, 1);
        assertThat(p.status()).isEqualTo(Status.NOT_MET);
        assertThat(p.progressRatio()).isNull();
        assertThat(p.explanation().messageKey()).isEqualTo("analysis.explain.crossesZero");
    }

    @Test
    void openSdgDoesNotJudgeATargetAcrossZero() {
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 3, null, -1.0, -2.0, Period.parse("2013Q2"),
                Period.parse("2010Q4"), Period.parse("2015Q4"));
        Progress p = SDG.judge(t, 1);
        assertThat(p.status()).isEqualTo(Status.NOT_MET);
        assertThat(p.explanation().text(Messages.of(Locale.ENGLISH)))
                .isEqualTo("-1.0 against a baseline of -2.0 and a target of 3.0: the value crosses zero, growth rates "
                        + "are undefined; not judged");
    }

    @Test
    void openSdgHasNoTrendWhenTheBasePeriodIsTheCurrentOne() {
        Period b = Period.parse("2010Q4");
        Trajectory t = new Trajectory(Comparator.AT_LEAST, 90, null, 86.0, 86.0, b, b, Period.parse("2015Q4"));
        Progress p = SDG.judge(t, 1);
        assertThat(p.status()).isEqualTo(Status.NOT_MET);
        assertThat(p.explanation().text(Messages.of(Locale.ENGLISH)))
                .isEqualTo("86.0 at the base period 2010 Q4 itself: no time has passed, so no trend yet; not judged");
        assertThat(TIME.judge(t, 1).status()).isEqualTo(Status.ON_TRACK);
    }
}
