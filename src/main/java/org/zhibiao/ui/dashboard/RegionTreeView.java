package org.zhibiao.ui.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.zhibiao.domain.Region;

/** The region selector: province → cities → counties, the province and its cities open. */
final class RegionTreeView {

    private final TreeView<Region> tree = new TreeView<>();
    private final Map<String, TreeItem<Region>> items = new HashMap<>();

    RegionTreeView() {
        tree.setId("dashboardRegions");
        tree.setShowRoot(true);
        tree.setPrefWidth(200);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Region region, boolean empty) {
                super.updateItem(region, empty);
                setText(empty || region == null ? null : region.name());
            }
        });
    }

    TreeView<Region> node() {
        return tree;
    }

    /** Regions parents first, as the repository lists them. */
    void show(List<Region> regions) {
        items.clear();
        TreeItem<Region> root = null;
        for (Region r : regions) {
            TreeItem<Region> item = new TreeItem<>(r);
            items.put(r.code(), item);
            TreeItem<Region> parent = r.parentCode() == null ? null : items.get(r.parentCode());
            if (parent == null && root == null) {
                root = item;
            } else if (parent != null) {
                parent.getChildren().add(item);
            }
        }
        if (root != null) {
            root.setExpanded(true);
        }
        tree.setRoot(root);
    }

    void select(String code) {
        TreeItem<Region> item = items.get(code);
        if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
        }
    }
}
