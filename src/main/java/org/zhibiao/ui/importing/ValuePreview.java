package org.zhibiao.ui.importing;

import org.zhibiao.domain.Indicator;
import org.zhibiao.importer.ReturnValue;
import org.zhibiao.service.FilePreview;

/** One value a return brings: its indicator, value, numerator and denominator, the value stored now and the change. */
record ValuePreview(Indicator indicator, Double value, Double numerator, Double denominator, Double stored) {

    static ValuePreview of(ReturnValue v, FilePreview preview) {
        return new ValuePreview(v.indicator(), v.value(), v.numerator(), v.denominator(),
                preview.stored().get(v.indicator().code()));
    }

    /** New minus stored, or null when either is missing. */
    Double change() {
        return value == null || stored == null ? null : value - stored;
    }
}
