package org.zhibiao.charts;

import java.awt.Color;
import org.zhibiao.analysis.Status;

/**
 * How a status looks in charts: a colour, and a symbol that tells the statuses apart without
 * colour (greyscale print). The colours step in lightness too, so they stay distinct in grey.
 */
public final class StatusStyle {

    private StatusStyle() {
    }

    public static Color color(Status status) {
        return switch (status) {
            case ACHIEVED -> new Color(0x1B5E20);
            case ON_TRACK -> new Color(0x66BB6A);
            case AT_RISK -> new Color(0xF9A825);
            case OFF_TRACK -> new Color(0xE65100);
            case REGRESSING -> new Color(0x8E0000);
            case NOT_MET -> new Color(0x6D4C41);
            case NO_DATA, NO_TARGET -> new Color(0xBDBDBD);
        };
    }

    /** ● ▲ ◆ ■ ▼ for the five progress statuses; ✕ not met; ○ no data; · no target. */
    public static String symbol(Status status) {
        return switch (status) {
            case ACHIEVED -> "●";
            case ON_TRACK -> "▲";
            case AT_RISK -> "◆";
            case OFF_TRACK -> "■";
            case REGRESSING -> "▼";
            case NOT_MET -> "✕";
            case NO_DATA -> "○";
            case NO_TARGET -> "·";
        };
    }
}
