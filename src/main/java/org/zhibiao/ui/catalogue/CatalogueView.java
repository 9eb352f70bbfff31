package org.zhibiao.ui.catalogue;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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

/**
 * Tab 指标: left the indicator tree, searchable and filtered by monitoring; right the selected
 * indicator's form, targets and actions. Tab 规划: the plans and the targets each sets.
 */
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
    private Button monitor;

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
        targets = new TargetTable(model, messages).build();
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
        monitor = new Button();
        monitor.setId("toggleMonitor");
        monitor.setMinWidth(Region.USE_PREF_SIZE);
    }

    private Node layoutParts() {
        Label title = new Label(messages.get("uicatalogue.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        VBox left = new VBox(8, title, search, monitorFilter(), lockHint, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label targetsTitle = new Label(messages.get("uicatalogue.targets"));
        targetsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        HBox targetActions = toolbar(addTarget, deleteTarget);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = toolbar(problem, spacer, revert, save);
        targets.setPrefHeight(240);
        Region headingSpace = new Region();
        HBox.setHgrow(headingSpace, Priority.ALWAYS);
        HBox headingBar = new HBox(8, heading, headingSpace, monitor);
        VBox right = new VBox(8, headingBar, form, targetsTitle, targets, targetActions, actions, saveResult);
        right.getStyleClass().add(Styles.SCREEN);
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        left.getStyleClass().add(Styles.SCREEN);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.47);
        Tab indicators = new Tab(messages.get("uicatalogue.tab.indicators"), split);
        indicators.setId("tabIndicators");
        Tab plans = new Tab(messages.get("uicatalogue.tab.plans"), new PlanPane(model, messages).build());
        plans.setId("tabPlans");
        TabPane tabs = new TabPane(indicators, plans);
        tabs.setId("catalogueScreen");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        plans.disableProperty().bind(model.editor().dirtyProperty());
        return tabs;
    }

    /** 全部指标 / 监测中 / 未监测. */
    private HBox monitorFilter() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        for (CatalogueViewModel.MonitorFilter f : CatalogueViewModel.MonitorFilter.values()) {
            ToggleButton b = new ToggleButton(messages.get("uicatalogue.filter." + f.name()));
            b.setId("monitorFilter-" + f.name());
            b.setToggleGroup(group);
            b.setSelected(f == model.monitorFilterProperty().get());
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                model.monitorFilterProperty().set(f);
            });
            box.getChildren().add(b);
        }
        return box;
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
        monitor.textProperty().bind(Bindings.when(model.monitoredProperty())
                .then(messages.get("uicatalogue.monitor.remove")).otherwise(messages.get("uicatalogue.monitor.add")));
        monitor.disableProperty().bind(model.selectedProperty().isNull().or(editor.dirtyProperty()));
        monitor.setOnAction(e -> model.toggleMonitored());
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
