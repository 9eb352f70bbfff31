package org.zhibiao.ui.dashboard;

import java.util.EnumSet;
import java.util.Set;
import org.zhibiao.analysis.Status;

/** Which rows the dashboard shows: all, only those behind their target, or only those achieved. */
public enum RowFilter {
    ALL(EnumSet.allOf(Status.class)),
    BEHIND(EnumSet.of(Status.REGRESSING, Status.OFF_TRACK, Status.AT_RISK, Status.NOT_MET)),
    ACHIEVED(EnumSet.of(Status.ACHIEVED));

    private final Set<Status> shown;

    RowFilter(Set<Status> shown) {
        this.shown = shown;
    }

    public boolean accepts(Status status) {
        return shown.contains(status);
    }
}
