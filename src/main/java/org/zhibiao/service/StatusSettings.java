package org.zhibiao.service;

import org.zhibiao.analysis.Thresholds;
import org.zhibiao.domain.Numbers;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.domain.ZhibiaoException;

/** The progress-ratio thresholds of STATUS.md rule 7, kept in the {@code setting} table. */
public final class StatusSettings {

    public static final String ON_TRACK = "status.threshold.on_track";
    public static final String AT_RISK = "status.threshold.at_risk";
    public static final String OFF_TRACK = "status.threshold.off_track";

    private final SettingsRepository settings;

    StatusSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The stored thresholds, STATUS.md's 0.95 / 0.60 / 0 where none is stored. */
    public Thresholds thresholds() {
        Thresholds d = Thresholds.DEFAULT;
        return new Thresholds(read(ON_TRACK, d.onTrack()), read(AT_RISK, d.atRisk()), read(OFF_TRACK, d.offTrack()));
    }

    public void save(Thresholds thresholds) {
        settings.put(ON_TRACK, Numbers.plain(thresholds.onTrack()));
        settings.put(AT_RISK, Numbers.plain(thresholds.atRisk()));
        settings.put(OFF_TRACK, Numbers.plain(thresholds.offTrack()));
    }

    private double read(String key, double fallback) {
        String stored = settings.get(key).orElse(null);
        if (stored == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(stored.trim());
        } catch (NumberFormatException e) {
            throw new ZhibiaoException("status.error.badSetting", e, key, stored);
        }
    }
}
