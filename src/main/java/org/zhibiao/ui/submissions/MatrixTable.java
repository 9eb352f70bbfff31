package org.zhibiao.ui.submissions;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.submissions.SubmissionMatrix.Row;
import org.zhibiao.ui.submissions.SubmissionMatrix.Totals;

/**
 * The region × quarter matrix: each cell coloured by its state and marked with the state's symbol
 * for greyscale, plus the lock mark ({@link Submission.State#LOCKED}'s symbol) in a locked quarter; every quarter column equally wide; each region's
 * totals at the end of its row and each quarter's totals (应报 / 已报 / 缺报 / 拒收) below.
 */
final class MatrixTable {

    static final String CELL_STYLE_PREFIX = Styles.SUBMISSION_PREFIX;
    private static final double REGION_WIDTH = 160;
    private static final double QUARTER_WIDTH = 96;
    private static final double TOTALS_WIDTH = 190;
    private static final double TOTALS_HEIGHT = 134;

    private final Messages messages;
    private final TableView<Row> table = new TableView<>();
    private final TableView<TotalsLine> totals = new TableView<>();
    private final VBox box = new VBox(table, totals);

    /** One line under the matrix: a kind of count and its value per quarter. */
    private record TotalsLine(String key, Function<Totals, Integer> count) {
    }

    MatrixTable(Messages messages) {
        this.messages = messages;
        table.setId("submissionMatrix");
        table.setPlaceholder(new Label(messages.get("uisubmissions.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        totals.setId("submissionTotals");
        totals.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        totals.setPrefHeight(TOTALS_HEIGHT);
        totals.setMinHeight(TOTALS_HEIGHT);
        totals.getItems().setAll(List.of(new TotalsLine("uisubmissions.total.due", Totals::due),
                new TotalsLine("uisubmissions.total.received", Totals::received),
                new TotalsLine("uisubmissions.total.missing", Totals::missing),
                new TotalsLine("uisubmissions.total.refused", Totals::refused)));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    VBox node() {
        return box;
    }

    void show(SubmissionMatrix matrix) {
        table.getColumns().clear();
        totals.getColumns().clear();
        if (matrix == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<Row, String> region = fixed(new TableColumn<>(messages.get("uisubmissions.region")), REGION_WIDTH);
        region.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().region().name()));
        table.getColumns().add(region);
        TableColumn<TotalsLine, String> names = fixed(new TableColumn<>(), REGION_WIDTH);
        names.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().key())));
        totals.getColumns().add(names);
        for (Period q : matrix.quarters()) {
            table.getColumns().add(column(matrix, q));
            totals.getColumns().add(totalsColumn(matrix, q));
        }
        TableColumn<Row, String> byRegion = fixed(new TableColumn<>(messages.get("uisubmissions.total.region")),
                TOTALS_WIDTH);
        byRegion.setId("regionTotals");
        byRegion.setCellValueFactory(c -> new ReadOnlyStringWrapper(totalsText(matrix.totals(c.getValue()))));
        table.getColumns().add(byRegion);
        table.getItems().setAll(matrix.rows());
    }

    private String totalsText(Totals t) {
        return messages.get("uisubmissions.total.line", t.received(), t.missing(), t.refused());
    }

    private TableColumn<Row, Submission.State> column(SubmissionMatrix matrix, Period q) {
        boolean locked = matrix.isLocked(q);
        String title = locked ? messages.get("uisubmissions.quarter.locked", q.toString()) : q.toString();
        TableColumn<Row, Submission.State> column = fixed(new TableColumn<>(title), QUARTER_WIDTH);
        column.setId("quarter-" + q);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(matrix.state(c.getValue(), q)));
        column.setCellFactory(c -> new StateCell(locked, !matrix.isDue(q)));
        return column;
    }

    private TableColumn<TotalsLine, String> totalsColumn(SubmissionMatrix matrix, Period q) {
        TableColumn<TotalsLine, String> column = fixed(new TableColumn<>(q.toString()), QUARTER_WIDTH);
        column.setId("totals-" + q);
        Totals t = matrix.totals(q);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().count().apply(t))));
        return column;
    }

    /** Every quarter as wide as the others, whatever its title or the window's width. */
    private static <S, T> TableColumn<S, T> fixed(TableColumn<S, T> column, double width) {
        column.setSortable(false);
        column.setReorderable(false);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    /** A state as its symbol and its name, e.g. "✓ 已报". */
    String text(Submission.State cell) {
        return cell.symbol() + " " + messages.get(cell.messageKey());
    }

    /** A state with the lock mark of a locked quarter, e.g. "✓ 已报 · ◈". */
    String lockedText(Submission.State state) {
        return messages.get("uisubmissions.cell.locked", text(state), Submission.State.LOCKED.symbol());
    }

    private final class StateCell extends TableCell<Row, Submission.State> {

        private final boolean locked;
        private final boolean notDue;

        StateCell(boolean locked, boolean notDue) {
            this.locked = locked;
            this.notDue = notDue;
        }

        @Override
        protected void updateItem(Submission.State item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(Styles.SUBMISSION_PREFIX));
            if (empty || item == null) {
                setText(empty || !notDue ? null : messages.get("uisubmissions.cell.notDue"));
                return;
            }
            setText(locked ? lockedText(item) : text(item));
            getStyleClass().add(Styles.submission(item));
        }
    }
}
