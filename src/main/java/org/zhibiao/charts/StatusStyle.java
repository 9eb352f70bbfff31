package org.zhibiao.charts;

import java.awt.Color;
import org.zhibiao.analysis.Status;
import org.zhibiao.domain.Colours;
import org.zhibiao.domain.Submission;

/** The vocabulary's colours of statuses and submission states, as charts paint them. */
public final class StatusStyle {

    private StatusStyle() {
    }

    public static Color color(Status status) {
        return new Color(Colours.rgb(status.colour()));
    }

    public static Color color(Submission.State state) {
        return new Color(Colours.rgb(state.colour()));
    }

    /** Ink or white, whichever reads on the state's colour. */
    public static Color textOn(Submission.State state) {
        return Colours.isLight(state.colour()) ? ChartTheme.INK : Color.WHITE;
    }
}
