package org.zhibiao.analysis;

/**
 * The progress-ratio limits of STATUS.md rule 7: at or above {@code onTrack} ON_TRACK, at or
 * above {@code atRisk} AT_RISK, at or above {@code offTrack} OFF_TRACK, below it REGRESSING.
 */
public record Thresholds(double onTrack, double atRisk, double offTrack) {

    public static final Thresholds DEFAULT = new Thresholds(0.95, 0.60, 0.0);

    public Thresholds {
        if (!(onTrack >= atRisk && atRisk >= offTrack)) {
            throw new IllegalArgumentException("thresholds must not increase: " + onTrack + ", " + atRisk + ", "
                    + offTrack);
        }
    }

    Status classify(double ratio) {
        if (ratio >= onTrack) {
            return Status.ON_TRACK;
        }
        if (ratio >= atRisk) {
            return Status.AT_RISK;
        }
        return ratio >= offTrack ? Status.OFF_TRACK : Status.REGRESSING;
    }
}
