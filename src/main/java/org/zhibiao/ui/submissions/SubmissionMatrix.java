package org.zhibiao.ui.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Submission;

/** The regions directly under a parent × the quarters up to a selected one, and which quarters are locked. */
public record SubmissionMatrix(List<Period> quarters, List<Row> rows, Set<Period> locked) {

    /** What a cell shows: the return's state (a locked quarter adds a lock mark beside it). */
    public enum Cell {
        RECEIVED, REVISED, MISSING, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Row(Region region, Map<Period, Submission> byQuarter) {
    }

    /** Counts of a quarter or a region: due (应报), received (已报, revised ones included), missing, refused. */
    public record Totals(int due, int received, int missing, int refused) {

        static Totals of(List<Cell> cells) {
            return new Totals(cells.size(),
                    (int) cells.stream().filter(c -> c == Cell.RECEIVED || c == Cell.REVISED).count(),
                    (int) cells.stream().filter(c -> c == Cell.MISSING).count(),
                    (int) cells.stream().filter(c -> c == Cell.REJECTED).count());
        }
    }

    static SubmissionMatrix of(List<Period> quarters, List<List<Submission>> columns, String parentCode,
                               Set<Period> locked) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (List<Submission> column : columns) {
            for (Submission s : column) {
                if (parentCode.equals(s.region().parentCode())) {
                    rows.computeIfAbsent(s.region().code(), c -> new Row(s.region(), new LinkedHashMap<>()))
                            .byQuarter().put(s.period(), s);
                }
            }
        }
        return new SubmissionMatrix(quarters, new ArrayList<>(rows.values()), locked);
    }

    public Cell cell(Row row, Period quarter) {
        Submission s = row.byQuarter().get(quarter);
        return s == null ? Cell.MISSING : Cell.valueOf(s.state().name());
    }

    public boolean isLocked(Period quarter) {
        return locked.contains(quarter);
    }

    public List<String> missing(Period quarter) {
        return rows.stream().filter(r -> cell(r, quarter) == Cell.MISSING).map(r -> r.region().code()).toList();
    }

    public Totals totals(Period quarter) {
        return Totals.of(rows.stream().map(r -> cell(r, quarter)).toList());
    }

    public Totals totals(Row row) {
        return Totals.of(quarters.stream().map(q -> cell(row, q)).toList());
    }
}
