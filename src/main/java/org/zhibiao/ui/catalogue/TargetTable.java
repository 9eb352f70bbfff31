package org.zhibiao.ui.catalogue;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.util.StringConverter;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.TargetType;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Converters;
import org.zhibiao.ui.common.Field;
import org.zhibiao.ui.common.FieldTableCell;
import org.zhibiao.ui.common.PropertyChoiceCell;
import org.zhibiao.ui.common.Styles;

/** The targets of the selected indicator, edited in place; demo targets carry a 演示 badge. */
final class TargetTable {

    private final IndicatorEditor editor;
    private final Messages messages;
    private final TableView<TargetEditor> table = new TableView<>();

    private final CatalogueViewModel model;

    TargetTable(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.editor = model.editor();
        this.messages = messages;
    }

    TableView<TargetEditor> build() {
        table.setId("targetTable");
        table.setEditable(true);
        table.setItems(editor.targets());
        table.setPlaceholder(new Label(messages.get("uicatalogue.noTargets")));
        table.getColumns().add(demo());
        table.getColumns().add(plan());
        table.getColumns().add(field("regionCode", 80, TargetEditor::regionCode));
        table.getColumns().add(field("regionName", 96, TargetEditor::regionName));
        table.getColumns().add(field("year", 56, TargetEditor::year));
        table.getColumns().add(choice("comparator", 104, TargetEditor::comparatorProperty, Comparator.values(),
                Converters.showing(c -> messages.get("uicatalogue.comparator." + c.name()), "")));
        table.getColumns().add(field("value", 64, TargetEditor::value));
        table.getColumns().add(field("max", 56, TargetEditor::max));
        table.getColumns().add(field("basePeriod", 72, TargetEditor::basePeriod));
        table.getColumns().add(field("baseValue", 64, TargetEditor::baseValue));
        table.getColumns().add(cumulative());
        table.getColumns().add(choice("type", 80, TargetEditor::typeProperty, TargetType.values(),
                Converters.showing(t -> messages.get("uicatalogue.targetType." + t.code()), "")));
        return table;
    }

    private TableColumn<TargetEditor, Field> field(String name, double width, Function<TargetEditor, Field> getter) {
        TableColumn<TargetEditor, Field> column = column(name, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
        column.setCellFactory(c -> new FieldTableCell<>("target-" + name));
        return column;
    }

    private <T> TableColumn<TargetEditor, ObjectProperty<T>> choice(String name, double width,
            Function<TargetEditor, ObjectProperty<T>> getter, T[] values, StringConverter<T> converter) {
        TableColumn<TargetEditor, ObjectProperty<T>> column = column(name, width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(getter.apply(c.getValue())));
        column.setCellFactory(c -> new PropertyChoiceCell<>(Arrays.asList(values), converter));
        return column;
    }

    /** The plan setting the target, chosen among the database's plans. */
    private TableColumn<TargetEditor, ObjectProperty<String>> plan() {
        TableColumn<TargetEditor, ObjectProperty<String>> column = column("plan", 96);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().planProperty()));
        column.setCellFactory(c -> new PropertyChoiceCell<>(model.planCodes(),
                Converters.showing(code -> code.isEmpty() ? messages.get("uicatalogue.none") : code, "")));
        return column;
    }

    private TableColumn<TargetEditor, Boolean> cumulative() {
        TableColumn<TargetEditor, Boolean> column = column("cumulative", 44);
        column.setCellValueFactory(c -> c.getValue().cumulativeProperty());
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        return column;
    }

    private TableColumn<TargetEditor, Boolean> demo() {
        TableColumn<TargetEditor, Boolean> column = column("demo", 48);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isDemo()));
        column.setCellFactory(c -> new DemoCell(messages.get("uicatalogue.demo")));
        return column;
    }

    private <T> TableColumn<TargetEditor, T> column(String name, double width) {
        TableColumn<TargetEditor, T> column = new TableColumn<>(messages.get("uicatalogue.target." + name));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static final class DemoCell extends TableCell<TargetEditor, Boolean> {
        private final Label badge;

        DemoCell(String text) {
            badge = new Label(text);
            badge.getStyleClass().add(Styles.DEMO_BADGE);
        }

        @Override
        protected void updateItem(Boolean demo, boolean empty) {
            super.updateItem(demo, empty);
            setGraphic(!empty && Boolean.TRUE.equals(demo) ? badge : null);
        }
    }
}
