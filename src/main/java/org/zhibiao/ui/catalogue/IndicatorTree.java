package org.zhibiao.ui.catalogue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;

/** The indicators under their categories, as a tree table. */
final class IndicatorTree {

    private final CatalogueViewModel model;
    private final Messages messages;
    private final TreeTableView<Row> table = new TreeTableView<>();

    /** A category heading or an indicator. */
    record Row(Category category, Indicator indicator, int count) {
    }

    IndicatorTree(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    TreeTableView<Row> build() {
        table.setId("indicatorTree");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TreeTableColumn<Row, String> name = column("uicatalogue.column.name", 0, this::nameOf);
        name.setMinWidth(160);
        table.getColumns().add(column("uicatalogue.column.code", 48, Indicator::code));
        table.getColumns().add(name);
        table.getColumns().add(column("uicatalogue.column.unit", 50, Indicator::unit));
        table.getColumns().add(column("uicatalogue.column.kind", 50, i -> model.label("uicatalogue.kind.", i.kind().code())));
        table.getColumns().add(column("uicatalogue.column.direction", 72,
                i -> model.label("uicatalogue.direction.", i.direction().code())));
        table.getColumns().add(column("uicatalogue.column.frequency", 52,
                i -> model.label("uicatalogue.frequency.", i.frequency().code())));
        table.getColumns().add(column("uicatalogue.column.decimals", 44, i -> Integer.toString(i.decimals())));
        table.getColumns().add(column("uicatalogue.column.monitored", 64, this::monitoring));
        table.setTreeColumn(name);
        table.setRowFactory(t -> new CategoryAwareRow());
        model.versionProperty().addListener(o -> fill());
        model.selectedProperty().addListener(o -> reselect(table.getRoot()));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.getValue().indicator() != null) {
                model.selectedProperty().set(now.getValue().indicator());
            }
        });
        fill();
        return table;
    }

    private void fill() {
        table.setPlaceholder(new Label(messages.get(model.isLoaded() ? "uicatalogue.noMatch" : "uicatalogue.loading")));
        TreeItem<Row> root = new TreeItem<>();
        for (Map.Entry<Category, List<Indicator>> group : model.grouped().entrySet()) {
            TreeItem<Row> heading = new TreeItem<>(new Row(group.getKey(), null, group.getValue().size()));
            heading.setExpanded(true);
            for (Indicator i : group.getValue()) {
                heading.getChildren().add(new TreeItem<>(new Row(null, i, 0)));
            }
            root.getChildren().add(heading);
        }
        table.setRoot(root);
        reselect(root);
    }

    private void reselect(TreeItem<Row> root) {
        Indicator selected = model.selectedProperty().get();
        if (selected == null || root == null) {
            return;
        }
        root.getChildren().stream().flatMap(h -> h.getChildren().stream())
                .filter(item -> item.getValue().indicator().code().equals(selected.code()))
                .findFirst().ifPresent(item -> table.getSelectionModel().select(item));
    }

    /** ✓ when monitored, with 手动 when chosen by hand against the plans. */
    private String monitoring(Indicator indicator) {
        String mark = model.isMonitored(indicator) ? "✓" : model.isChosenByHand(indicator) ? "✗" : "";
        return model.isChosenByHand(indicator) ? messages.get("uicatalogue.monitor.byHand", mark) : mark;
    }

    private String nameOf(Indicator indicator) {
        return model.name(indicator);
    }

    private TreeTableColumn<Row, String> column(String key, double width, Function<Indicator, String> value) {
        TreeTableColumn<Row, String> column = new TreeTableColumn<>(messages.get(key));
        if (width > 0) {
            column.setMinWidth(width);
            column.setMaxWidth(width);
        }
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue().getValue(), value, key)));
        return column;
    }

    private String text(Row row, Function<Indicator, String> value, String key) {
        if (row == null) {
            return "";
        }
        if (row.indicator() != null) {
            return value.apply(row.indicator());
        }
        return key.equals("uicatalogue.column.name")
                ? messages.get("uicatalogue.categoryHeading", messages.get("uicatalogue.category." + row.category()),
                        row.count())
                : "";
    }

    private static final class CategoryAwareRow extends TreeTableRow<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.CATEGORY_ROW);
            if (!empty && row != null && row.indicator() == null) {
                getStyleClass().add(Styles.CATEGORY_ROW);
            }
        }
    }
}
