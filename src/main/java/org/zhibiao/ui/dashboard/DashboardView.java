package org.zhibiao.ui.dashboard;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Converters;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.TaskRunner;

/** The dashboard: selectors on top, the region tree on the left, tiles, table and charts. */
public final class DashboardView {

    private final DashboardViewModel model;
    private final Messages messages;
    private final TableActions actions;
    private final RegionTreeView regions = new RegionTreeView();
    private final StatusTiles tiles;
    private final IndicatorTable table;
    private final ChartPane actualChart;
    private final ChartPane gapChart;

    /** What the table's buttons do: open the detail of a row, save the rows. */
    public interface TableActions {
        void openDetail(StatusRow row);

        void exportTable(String kind);
    }

    public DashboardView(DashboardViewModel model, TaskRunner tasks, FileSaver saver, TableActions actions) {
        this.model = model;
        this.messages = model.messages();
        this.actions = actions;
        this.tiles = new StatusTiles(messages);
        this.table = new IndicatorTable(messages, model.rows());
        this.actualChart = new ChartPane("chartActual", messages, tasks, saver);
        this.gapChart = new ChartPane("chartGap", messages, tasks, saver);
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("dashboard");
        root.getStyleClass().add(Styles.SCREEN);
        root.getStylesheets().add(DashboardView.class.getResource(Styles.DASHBOARD_STYLESHEET).toExternalForm());
        root.setTop(selectionBar());
        root.setLeft(regions.node());
        SplitPane split = new SplitPane(tableBox(), charts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new VBox(8, tiles.node(), split));
        bindToModel();
        return root;
    }

    private HBox selectionBar() {
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        ComboBox<Period> period = new ComboBox<>(model.periods());
        period.setId("periodChoice");
        period.setConverter(Converters.showing(p -> p.words(messages.chinese()), ""));
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<Category> category = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(Category.values())));
        category.getItems().add(0, null);
        category.setId("categoryChoice");
        category.setConverter(new CategoryNames());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("dashboardProgress");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.loadingProperty());
        CheckBox all = new CheckBox(messages.get("dashboard.allIndicators"));
        all.setId("allIndicators");
        all.selectedProperty().bindBidirectional(model.allIndicatorsProperty());
        HBox bar = new HBox(title, label("dashboard.quarter"), period, label("dashboard.category"), category,
                label("dashboard.targetYear"), yearButtons(), all, busy);
        bar.getStyleClass().add("selection-bar");
        return bar;
    }

    private HBox yearButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        Runnable build = () -> {
            group.getToggles().clear();
            box.getChildren().clear();
            for (TargetChoice c : model.choices()) {
                ToggleButton b = new ToggleButton(c.inForce() ? messages.get("dashboard.year.inForce")
                        : messages.get("dashboard.year.year", Integer.toString(c.year())));
                b.setId("year-" + c.code());
                b.setToggleGroup(group);
                b.setUserData(c);
                b.setSelected(c.equals(model.choiceProperty().get()));
                box.getChildren().add(b);
            }
        };
        build.run();
        model.choices().addListener((ListChangeListener<TargetChoice>) ch -> build.run());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.choiceProperty().set((TargetChoice) now.getUserData());
            } else if (old != null && group.getToggles().contains(old)) {
                old.setSelected(true);
            }
        });
        model.choiceProperty().addListener((o, old, now) -> group.getToggles().stream()
                .filter(t -> now.equals(t.getUserData())).findFirst().ifPresent(t -> t.setSelected(true)));
        return box;
    }

    private VBox tableBox() {
        HBox bar = new HBox(8, button("openDetail", "dashboard.detail", () -> selected(actions::openDetail)),
                button("exportCsv", "dashboard.export.csv", () -> actions.exportTable("csv")),
                button("exportXlsx", "dashboard.export.xlsx", () -> actions.exportTable("xlsx")));
        bar.getStyleClass().add(Styles.TOOLBAR);
        table.node().setRowFactory(v -> {
            var row = new javafx.scene.control.TableRow<StatusRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openDetail(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        return new VBox(4, bar, table.node());
    }

    private void selected(Consumer<StatusRow> action) {
        StatusRow row = table.node().getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    private TabPane charts() {
        Tab actual = new Tab(messages.get("dashboard.chart.actual"), actualChart.node());
        Tab gap = new Tab(messages.get("dashboard.chart.gap"), gapChart.node());
        actual.setId("tabActual");
        gap.setId("tabGap");
        TabPane tabs = new TabPane(actual, gap);
        tabs.setId("chartTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private void bindToModel() {
        model.regions().addListener((javafx.collections.ListChangeListener<org.zhibiao.domain.Region>) c -> {
            regions.show(model.regions());
            regions.select(model.regionCodeProperty().get());
        });
        model.regionCodeProperty().addListener((o, old, now) -> regions.select(now));
        regions.node().getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.regionCodeProperty().set(now.getValue().code());
            }
        });
        model.dataProperty().addListener((o, old, now) -> {
            tiles.show(now.counts());
            actualChart.show(now.actualChart());
            gapChart.show(now.gapChart());
        });
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private final class CategoryNames extends StringConverter<Category> {
        @Override
        public String toString(Category c) {
            return c == null ? messages.get("dashboard.category.all") : messages.get("dashboard.category." + c.name());
        }

        @Override
        public Category fromString(String s) {
            return null;
        }
    }
}
