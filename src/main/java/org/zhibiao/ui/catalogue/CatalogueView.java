package org.zhibiao.ui.catalogue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;

/** Left: the searchable indicator tree. Right: the selected indicator's form, targets and actions. */
final class CatalogueView {

    private final CatalogueViewModel model;
    private final Messages messages;
    private CustomTextField search;
    private TreeTableView<IndicatorTree.Row> tree;
    private Label heading;
    private GridPane form;
    private TableView<TargetEditor> targets;
    private Button addTarget;
    private Button deleteTarget;
    private Button save;
    private Button revert;
    private Label problem;
    private Label saveResult;
    private Label lockHint;

    CatalogueView(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        createParts();
        Node root = layoutParts();
        bindToViewModel();
        return root;
    }

    private void createParts() {
        search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("catalogueSearch");
        search.setPromptText(messages.get("uicatalogue.search"));
        tree = new IndicatorTree(model, messages).build();
        heading = new Label(messages.get("uicatalogue.chooseIndicator"));
        heading.setId("indicatorHeading");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        form = new IndicatorForm(model, messages).build();
        targets = new TargetTable(model.editor(), messages).build();
        addTarget = button("addTarget", "uicatalogue.addTarget");
        deleteTarget = button("deleteTarget", "uicatalogue.deleteTarget");
        save = button("save", "uicatalogue.save");
        save.setDefaultButton(true);
        revert = button("revert", "uicatalogue.revert");
        problem = new Label();
        problem.setId("problem");
        problem.getStyleClass().add(Styles.VALIDATION_MESSAGE);
        problem.setWrapText(true);
        saveResult = new Label();
        saveResult.setId("saveResult");
        saveResult.setWrapText(true);
        lockHint = new Label(messages.get("uicatalogue.unsavedHint"));
        lockHint.setId("unsavedHint");
        lockHint.setWrapText(true);
    }

    private Node layoutParts() {
        Label title = new Label(messages.get("uicatalogue.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        VBox left = new VBox(8, title, search, lockHint, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label targetsTitle = new Label(messages.get("uicatalogue.targets"));
        targetsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        HBox targetActions = toolbar(addTarget, deleteTarget);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = toolbar(problem, spacer, revert, save);
        targets.setPrefHeight(240);
        VBox right = new VBox(8, heading, form, targetsTitle, targets, targetActions, actions, saveResult);
        right.getStyleClass().add(Styles.SCREEN);
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        left.getStyleClass().add(Styles.SCREEN);
        SplitPane split = new SplitPane(left, scroll);
        split.setId("catalogueScreen");
        split.setDividerPositions(0.47);
        return split;
    }

    private void bindToViewModel() {
        search.textProperty().bindBidirectional(model.searchProperty());
        IndicatorEditor editor = model.editor();
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null) {
                heading.setText(messages.get("uicatalogue.heading", now.code(), model.name(now)));
            }
        });
        form.disableProperty().bind(model.selectedProperty().isNull());
        targets.disableProperty().bind(model.selectedProperty().isNull());
        addTarget.disableProperty().bind(model.selectedProperty().isNull());
        deleteTarget.disableProperty().bind(targets.getSelectionModel().selectedItemProperty().isNull());
        save.disableProperty().bind(model.canSaveProperty().not());
        revert.disableProperty().bind(editor.dirtyProperty().not());
        problem.textProperty().bind(editor.problemProperty());
        saveResult.textProperty().bind(model.saveResultProperty());
        saveResult.getStyleClass().add(Styles.CONFIRMATION);
        model.saveFailedProperty().addListener((o, was, failed) -> {
            saveResult.getStyleClass().removeAll(Styles.VALIDATION_MESSAGE, Styles.CONFIRMATION);
            saveResult.getStyleClass().add(failed ? Styles.VALIDATION_MESSAGE : Styles.CONFIRMATION);
        });
        tree.disableProperty().bind(editor.dirtyProperty());
        search.disableProperty().bind(editor.dirtyProperty());
        lockHint.visibleProperty().bind(editor.dirtyProperty());
        lockHint.managedProperty().bind(editor.dirtyProperty());
        addTarget.setOnAction(e -> targets.getSelectionModel().select(model.addTarget()));
        deleteTarget.setOnAction(e -> editor.removeTarget(targets.getSelectionModel().getSelectedItem()));
        save.setOnAction(e -> model.save());
        revert.setOnAction(e -> model.revert());
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        return button;
    }

    private static HBox toolbar(Node... children) {
        HBox box = new HBox(children);
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }
}
