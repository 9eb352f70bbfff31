package org.zhibiao.ui.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Submission;

/**
 * The regions directly under a parent × the quarters up to a selected one, which quarters are
 * locked, and which are not due (the monitored indicators ask nothing of a region then, as its
 * blank return would show).
 */
public record SubmissionMatrix(List<Period> quarters, List<Row> rows, Set<Period> locked, Set<Period> notDue) {

    public record Row(Region region, Map<Period, Submission> byQuarter) {
    }

    /** Counts of a quarter or a region: due (应报), received (已报, revised ones included), missing, refused. */
    public record Totals(int due, int received, int missing, int refused) {

        static Totals of(List<Submission.State> states) {
            return new Totals(states.size(),
                    (int) states.stream().filter(c -> c == Submission.State.RECEIVED
                            || c == Submission.State.REVISED).count(),
                    (int) states.stream().filter(c -> c == Submission.State.MISSING).count(),
                    (int) states.stream().filter(c -> c == Submission.State.REJECTED).count());
        }
    }

    static SubmissionMatrix of(List<Period> quarters, List<List<Submission>> columns, String parentCode,
                               Set<Period> locked, Set<Period> notDue) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<Submission> column : columns) {
            for (Submission s : column) {
                if (parentCode.equals(s.region().parentCode())) {
                    rows.computeIfAbsent(s.region().code(), c -> new Row(s.region(), new LinkedHashMap<>()))
                            .byQuarter().put(s.period(), s);
                }
            }
        }
        return new SubmissionMatrix(quarters, new ArrayList<>(rows.values()), locked, notDue);
    }

    /** What a cell shows: the return's state, or locked when its quarter is locked. */
    public Submission.State cell(Row row, Period quarter) {
        return locked.contains(quarter) ? Submission.State.LOCKED : state(row, quarter);
    }

    /**
     * The underlying return state, also for a locked quarter (shown there beside the lock mark);
     * null for a quarter that is not due.
     */
    public Submission.State state(Row row, Period quarter) {
        if (notDue.contains(quarter)) {
            return null;
        }
        Submission s = row.byQuarter().get(quarter);
        return s == null ? Submission.State.MISSING : s.state();
    }

    public boolean isDue(Period quarter) {
        return !notDue.contains(quarter);
    }

    public boolean isLocked(Period quarter) {
        return locked.contains(quarter);
    }

    public List<String> missing(Period quarter) {
        return rows.stream().filter(r -> state(r, quarter) == Submission.State.MISSING)
                .map(r -> r.region().code()).toList();
    }

    public Totals totals(Period quarter) {
        return Totals.of(isDue(quarter) ? rows.stream().map(r -> state(r, quarter)).toList() : List.of());
    }

    public Totals totals(Row row) {
        return Totals.of(quarters.stream().filter(this::isDue).map(q -> state(row, q)).toList());
    }
}
