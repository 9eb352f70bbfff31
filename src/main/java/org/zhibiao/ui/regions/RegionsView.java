package org.zhibiao.ui.regions;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;

/** The region tree with a filter field. */
final class RegionsView {

    private final RegionsViewModel model;
    private final Messages messages;
    private Label title;
    private CustomTextField filter;
    private TreeTableView<Region> tree;

    RegionsView(RegionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        createParts();
        VBox root = layoutParts();
        bindToViewModel();
        return root;
    }

    private void createParts() {
        title = new Label(messages.get("uiregions.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("regionFilter");
        filter.setPromptText(messages.get("uiregions.filter"));
        filter.setMaxWidth(360);
        tree = new TreeTableView<>();
        tree.setId("regionTree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(column("uiregions.column.name", 320, Region::name));
        tree.getColumns().add(column("uiregions.column.code", 120, Region::code));
        tree.getColumns().add(column("uiregions.column.level", 120, model::levelLabel));
        tree.setPlaceholder(new Label(messages.get("uiregions.empty")));
    }

    private VBox layoutParts() {
        VBox root = new VBox(title, filter, tree);
        root.setId("regionsScreen");
        root.getStyleClass().add(Styles.SCREEN);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return root;
    }

    private void bindToViewModel() {
        filter.textProperty().bindBidirectional(model.filterProperty());
        model.versionProperty().addListener(o -> fillTree());
        fillTree();
    }

    private void fillTree() {
        TreeItem<Region> root = new TreeItem<>();
        for (Region region : model.roots()) {
            root.getChildren().add(item(region));
        }
        tree.setRoot(root);
    }

    private TreeItem<Region> item(Region region) {
        TreeItem<Region> item = new TreeItem<>(region);
        for (Region child : model.children(region)) {
            item.getChildren().add(item(child));
        }
        item.setExpanded(model.expanded(region));
        return item;
    }

    private TreeTableColumn<Region, String> column(String key, double width,
                                                    Function<Region, String> value) {
        TreeTableColumn<Region, String> column = new TreeTableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        return column;
    }
}
