package org.zhibiao.ui.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.tableview2.TableView2;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.charts.ValueText;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.StatusWorkbook;
import org.zhibiao.ui.common.Styles;

/**
 * The indicator table: value, change on a year earlier (同比), target, expected by now, both gaps,
 * the status with its colour and symbol, the coverage of a roll-up (partial ones marked) and the
 * explanation sentence. The indicator column stays in place while the others scroll; every cell
 * shows its whole text as a tooltip. Rows keep the order they are given until a header is clicked.
 */
final class IndicatorTable {

    /** Columns of numbers with their unit: English units (10k vehicles, points) are longer than Chinese ones. */
    private static final double NUMBER_WIDTH = 100;
    private static final double NUMBER_WIDTH_ENGLISH = 135;

    private final Messages messages;
    private final ValueText text;
    private final Function<StatusRow, Double> yearOnYear;
    private final StatusWorkbook workbook;
    private final TableView2<StatusRow> table = new TableView2<>();

    IndicatorTable(Messages messages, ObservableList<StatusRow> rows, Function<StatusRow, Double> yearOnYear,
                   Function<StatusRow, String> plan) {
        this.messages = messages;
        this.text = new ValueText(messages);
        this.yearOnYear = yearOnYear;
        this.workbook = new StatusWorkbook(messages);
        table.setId("indicatorTable");
        SortedList<StatusRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<StatusRow, String> indicator = column("indicator", 280,
                r -> r.indicator().code() + " " + r.indicator().name(messages.chinese()));
        double number = messages.chinese() ? NUMBER_WIDTH : NUMBER_WIDTH_ENGLISH;
        table.getColumns().addAll(List.of(indicator,
                column("value", number, r -> text.value(r.indicator(), r.value())),
                column("yearOnYear", number, this::yearOnYear),
                column("target", 190, this::target),
                column("expected", number, r -> r.expected() == null ? "" : text.value(r.indicator(), r.expected())),
                column("gapToTarget", number, r -> r.gapToTarget() == null ? "" : text.gap(r.indicator(), r.gapToTarget())),
                column("gapToExpected", number,
                        r -> r.gapToExpected() == null ? "" : text.gap(r.indicator(), r.gapToExpected())),
                statusColumn(),
                column("trend", 90, this::trend),
                coverageColumn(),
                column("explanation", 460, this::explanation),
                column("plan", 300, plan)));
        table.getFixedColumns().add(indicator);
    }

    TableView<StatusRow> node() {
        return table;
    }

    private String yearOnYear(StatusRow r) {
        Double change = yearOnYear.apply(r);
        return change == null ? "" : text.gap(r.indicator(), change);
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
        c.setCellFactory(col -> new TextCell());
        return c;
    }

    private TableColumn<StatusRow, Status> statusColumn() {
        TableColumn<StatusRow, Status> c = new TableColumn<>(messages.get("dashboard.column.status"));
        c.setId("column-status");
        c.setPrefWidth(100);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().status()));
        c.setCellFactory(col -> new StatusCell());
        c.setComparator(Urgency.STATUS);
        return c;
    }

    private TableColumn<StatusRow, StatusRow> coverageColumn() {
        TableColumn<StatusRow, StatusRow> c = new TableColumn<>(messages.get("dashboard.column.coverage"));
        c.setId("column-coverage");
        c.setPrefWidth(200);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new CoverageCell());
        c.setComparator(Comparator.comparing(this::coverage));
        return c;
    }

    /**
     * A cell that shows its whole text also as its tooltip, for texts longer than the column: one
     * tooltip per cell, following its text, made when the mouse first comes over the cell (a
     * tooltip costs the first paint more than the cell itself), so refilling the table creates none.
     */
    private abstract static class TooltipCell<T> extends TableCell<StatusRow, T> {
        private Tooltip tooltip;

        TooltipCell() {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.textProperty().bind(textProperty());
                    offerTooltip();
                }
            });
        }

        /** Shows {@code text}, or nothing for null or empty. */
        void show(String text) {
            setText(text == null || text.isEmpty() ? null : text);
            offerTooltip();
        }

        private void offerTooltip() {
            setTooltip(getText() == null ? null : tooltip);
        }
    }

    private static final class TextCell extends TooltipCell<String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            show(empty ? null : value);
        }
    }

    /** A status in its colour; its style classes change only when the status does, as each change restyles the cell. */
    private final class StatusCell extends TableCell<StatusRow, Status> {
        private Status styled;

        @Override
        protected void updateItem(Status status, boolean empty) {
            super.updateItem(status, empty);
            Status shown = empty ? null : status;
            setText(shown == null ? null : shown.label(messages));
            if (shown != styled) {
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                if (shown != null) {
                    getStyleClass().addAll("status-cell", Styles.status(shown));
                }
                styled = shown;
            }
        }
    }

    private String coverage(StatusRow row) {
        return row.source() == null ? "" : workbook.coverage(row);
    }

    private final class CoverageCell extends TooltipCell<StatusRow> {
        @Override
        protected void updateItem(StatusRow row, boolean empty) {
            super.updateItem(row, empty);
            show(empty || row == null || row.source() == null ? null : coverage(row));
            boolean partial = getText() != null && row.source() == Source.ROLLUP && row.coverage() != null
                    && row.coverage().isPartial();
            if (partial != getStyleClass().contains("partial")) {
                if (partial) {
                    getStyleClass().add("partial");
                } else {
                    getStyleClass().remove("partial");
                }
            }
        }
    }
}
