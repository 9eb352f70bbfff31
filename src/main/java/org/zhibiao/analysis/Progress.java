package org.zhibiao.analysis;

/** The judgement of one trajectory: the status, the numbers behind it and the sentence saying why. */
public record Progress(Status status, Double timeProgress, Double expected, Double taskProgress,
                       Double progressRatio, Double gapToTarget, Double gapToExpected, Explanation explanation) {
}
