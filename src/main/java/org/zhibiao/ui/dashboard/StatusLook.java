package org.zhibiao.ui.dashboard;

import org.zhibiao.analysis.Status;
import org.zhibiao.charts.StatusStyle;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;

/** How a status shows in the UI: the stylesheet class (colour) and the symbol with its name. */
public final class StatusLook {

    public static final String STYLESHEET = "/org/zhibiao/ui/dashboard/dashboard.css";

    private StatusLook() {
    }

    public static String styleClass(Status status) {
        return switch (status) {
            case ACHIEVED -> Styles.STATUS_ACHIEVED;
            case ON_TRACK -> Styles.STATUS_ON_TRACK;
            case AT_RISK -> Styles.STATUS_AT_RISK;
            case OFF_TRACK -> Styles.STATUS_OFF_TRACK;
            case REGRESSING -> Styles.STATUS_REGRESSING;
            case NOT_MET -> "status-not-met";
            case NO_DATA, NO_TARGET -> "status-none";
        };
    }

    public static String label(Status status, Messages messages) {
        return StatusStyle.symbol(status) + " " + messages.get("analysis.status." + status.name());
    }
}
