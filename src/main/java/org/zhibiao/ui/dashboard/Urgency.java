package org.zhibiao.ui.dashboard;

import java.util.Comparator;
import java.util.List;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;

/**
 * The dashboard's default order: what needs attention first (倒退, 滞后, 需加快, 未达标), then on
 * track, achieved, no target and no data; within a status, the catalogue order.
 */
final class Urgency {

    private static final List<Status> ORDER = List.of(Status.REGRESSING, Status.OFF_TRACK, Status.AT_RISK,
            Status.NOT_MET, Status.ON_TRACK, Status.ACHIEVED, Status.NO_TARGET, Status.NO_DATA);

    static final Comparator<Status> STATUS = Comparator.comparingInt(ORDER::indexOf);

    static final Comparator<StatusRow> FIRST_BEHIND = Comparator.comparing(StatusRow::status, STATUS);

    private Urgency() {
    }
}
