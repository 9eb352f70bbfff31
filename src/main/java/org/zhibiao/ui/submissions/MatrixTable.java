package org.zhibiao.ui.submissions;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.submissions.SubmissionMatrix.Row;

/** The region × quarter matrix: each cell coloured by its state and marked with a letter for greyscale. */
final class MatrixTable {

    static final String CELL_STYLE_PREFIX = "submission-";
    private static final double REGION_WIDTH = 160;
    private static final double QUARTER_WIDTH = 100;

    private final Messages messages;
    private final TableView<Row> table = new TableView<>();

    MatrixTable(Messages messages) {
        this.messages = messages;
        table.setId("submissionMatrix");
        table.setPlaceholder(new Label(messages.get("uisubmissions.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    TableView<Row> node() {
        return table;
    }

    void show(SubmissionMatrix matrix) {
        table.getColumns().clear();
        if (matrix == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<Row, String> region = new TableColumn<>(messages.get("uisubmissions.region"));
        region.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().region().name()));
        region.setSortable(false);
        region.setPrefWidth(REGION_WIDTH);
        region.setMinWidth(REGION_WIDTH);
        region.setMaxWidth(REGION_WIDTH * 1.5);
        table.getColumns().add(region);
        for (Period q : matrix.quarters()) {
            table.getColumns().add(column(matrix, q));
        }
        table.getItems().setAll(matrix.rows());
    }

    private TableColumn<Row, Submission.State> column(SubmissionMatrix matrix, Period q) {
        String title = matrix.locked().contains(q) ? messages.get("uisubmissions.quarter.locked", q.toString())
                : q.toString();
        TableColumn<Row, Submission.State> column = new TableColumn<>(title);
        column.setId("quarter-" + q);
        column.setSortable(false);
        column.setPrefWidth(QUARTER_WIDTH);
        column.setMinWidth(QUARTER_WIDTH);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(matrix.cell(c.getValue(), q)));
        column.setCellFactory(c -> new StateCell());
        return column;
    }

    /** A state as its symbol and its name, e.g. "✓ 已报". */
    String text(Submission.State cell) {
        return cell.symbol() + " " + messages.get(cell.messageKey());
    }

    private final class StateCell extends TableCell<Row, Submission.State> {

        @Override
        protected void updateItem(Submission.State item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(CELL_STYLE_PREFIX));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(text(item));
            getStyleClass().add(CELL_STYLE_PREFIX + item.code());
        }
    }
}
