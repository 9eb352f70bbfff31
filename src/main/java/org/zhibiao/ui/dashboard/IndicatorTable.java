package org.zhibiao.ui.dashboard;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.charts.ValueText;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.StatusWorkbook;
import org.zhibiao.ui.common.Styles;

/**
 * The indicator table: value, target, expected by now, both gaps, the status with its colour and
 * symbol, the coverage of a roll-up (partial ones marked) and the explanation sentence.
 */
final class IndicatorTable {

    private final Messages messages;
    private final ValueText text;
    private final StatusWorkbook workbook;
    private final TableView<StatusRow> table = new TableView<>();

    IndicatorTable(Messages messages, ObservableList<StatusRow> rows) {
        this.messages = messages;
        this.text = new ValueText(messages);
        this.workbook = new StatusWorkbook(messages);
        table.setId("indicatorTable");
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(java.util.List.of(
                column("indicator", 260, r -> r.indicator().code() + " " + r.indicator().name(messages.chinese())),
                column("value", 90, r -> text.value(r.indicator(), r.value())),
                column("target", 90, this::target),
                column("expected", 90, r -> r.expected() == null ? "" : text.value(r.indicator(), r.expected())),
                column("gapToTarget", 100, r -> r.gapToTarget() == null ? "" : text.gap(r.indicator(), r.gapToTarget())),
                column("gapToExpected", 100,
                        r -> r.gapToExpected() == null ? "" : text.gap(r.indicator(), r.gapToExpected())),
                statusColumn(),
                column("trend", 90, this::trend),
                coverageColumn(),
                column("explanation", 420, this::explanation)));
    }

    TableView<StatusRow> node() {
        return table;
    }

    /** An arrow and a word for the trend, where there is one. */
    private String trend(StatusRow r) {
        return r.trend() == null ? "" : messages.get("analysis.trend." + r.trend().name());
    }

    private String target(StatusRow r) {
        return workbook.target(r);
    }

    String explanation(StatusRow r) {
        return r.explanation().text(messages);
    }

    private TableColumn<StatusRow, String> column(String key, double width, Function<StatusRow, String> value) {
        TableColumn<StatusRow, String> c = new TableColumn<>(messages.get("dashboard.column." + key));
        c.setId("column-" + key);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private TableColumn<StatusRow, Status> statusColumn() {
        TableColumn<StatusRow, Status> c = new TableColumn<>(messages.get("dashboard.column.status"));
        c.setId("column-status");
        c.setPrefWidth(100);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().status()));
        c.setCellFactory(col -> new StatusCell());
        return c;
    }

    private TableColumn<StatusRow, StatusRow> coverageColumn() {
        TableColumn<StatusRow, StatusRow> c = new TableColumn<>(messages.get("dashboard.column.coverage"));
        c.setId("column-coverage");
        c.setPrefWidth(110);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new CoverageCell());
        return c;
    }

    private final class StatusCell extends TableCell<StatusRow, Status> {
        @Override
        protected void updateItem(Status status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            setText(empty || status == null ? null : status.label(messages));
            if (!empty && status != null) {
                getStyleClass().addAll("status-cell", Styles.status(status));
            }
        }
    }

    private final class CoverageCell extends TableCell<StatusRow, StatusRow> {
        @Override
        protected void updateItem(StatusRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("partial");
            if (empty || row == null || row.source() == null) {
                setText(null);
                return;
            }
            setText(workbook.coverage(row));
            if (row.source() == Source.ROLLUP && row.coverage() != null && row.coverage().isPartial()) {
                getStyleClass().add("partial");
            }
        }
    }
}
