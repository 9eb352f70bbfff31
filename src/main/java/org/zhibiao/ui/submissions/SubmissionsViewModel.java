package org.zhibiao.ui.submissions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Submission;
import org.zhibiao.service.ReturnsService;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The Submissions screen's state: a parent region and a quarter chosen, the matrix of the last
 * quarters up to it; templates for the missing regions; lock and unlock of the quarter.
 */
public final class SubmissionsViewModel {

    public static final int QUARTERS = 8;

    private final ReturnsService returns;
    private final TaskRunner tasks;
    private final String user;
    private final ObjectProperty<Region> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<Period> quarter = new SimpleObjectProperty<>();
    private final ObjectProperty<SubmissionMatrix> matrix = new SimpleObjectProperty<>();

    public SubmissionsViewModel(ReturnsService returns, TaskRunner tasks, String user) {
        this.returns = returns;
        this.tasks = tasks;
        this.user = user;
        parent.addListener(o -> refresh());
        quarter.addListener(o -> refresh());
    }

    public void refresh() {
        Region p = parent.get();
        Period q = quarter.get();
        if (p == null || q == null) {
            return;
        }
        tasks.run(() -> build(p.code(), q), matrix::set);
    }

    /** Writes blank returns for the regions missing at the selected quarter; hands over the files. */
    public void generateMissing(Path folder, Consumer<List<Path>> written) {
        SubmissionMatrix m = matrix.get();
        Period q = quarter.get();
        if (m == null) {
            return;
        }
        List<String> missing = m.missing(q);
        tasks.run(() -> returns.templates().generate(q, missing, folder), written);
    }

    public void lock() {
        Period q = quarter.get();
        tasks.run(() -> returns.lock(q, user), done -> refresh());
    }

    public void unlock() {
        Period q = quarter.get();
        tasks.run(() -> returns.unlock(q), done -> refresh());
    }

    public ObjectProperty<Region> parentProperty() {
        return parent;
    }

    public ObjectProperty<Period> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<SubmissionMatrix> matrixProperty() {
        return matrix;
    }

    private SubmissionMatrix build(String parentCode, Period last) {
        List<Period> quarters = new ArrayList<>();
        List<List<Submission>> columns = new ArrayList<>();
        Set<Period> locked = new HashSet<>();
        Set<Period> notDue = new HashSet<>();
        for (int i = QUARTERS - 1; i >= 0; i--) {
            Period q = last.plusQuarters(-i);
            quarters.add(q);
            columns.add(returns.submissions(q, parentCode));
            if (returns.isLocked(q)) {
                locked.add(q);
            }
            if (!returns.isDue(q)) {
                notDue.add(q);
            }
        }
        return SubmissionMatrix.of(quarters, columns, parentCode, locked, notDue);
    }
}
