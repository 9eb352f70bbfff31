package org.zhibiao.ui.dashboard;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
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
import org.zhibiao.ui.common.UiPreferences;

/**
 * The dashboard: selectors on top, the region tree on the left, tiles, table and charts. Below
 * {@value #MIN_WIDTH} × {@value #MIN_HEIGHT} px the whole screen scrolls instead of cutting parts off;
 * the divider between table and charts stays where the user left it.
 */
public final class DashboardView {

    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 500;
    private static final String SPLIT = "dashboard";

    private final DashboardViewModel model;
    private final Messages messages;
    private final TableActions actions;
    private final UiPreferences preferences;
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

    public DashboardView(DashboardViewModel model, TaskRunner tasks, FileSaver saver, TableActions actions,
                         UiPreferences preferences) {
        this.model = model;
        this.messages = model.messages();
        this.actions = actions;
        this.preferences = preferences;
        this.tiles = new StatusTiles(messages);
        this.table = new IndicatorTable(messages, model.rows(), model::yearOnYear, model::plan);
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
        split.setId("dashboardSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(preferences.divider(SPLIT, 0.55));
        split.getDividers().get(0).positionProperty().addListener((o, old, now) ->
                preferences.setDivider(SPLIT, now.doubleValue()));
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(new VBox(8, tiles.node(), split));
        root.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        bindToModel();
        ScrollPane scroll = new ScrollPane(root);
        scroll.setId("dashboardScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private FlowPane selectionBar() {
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
        FlowPane bar = new FlowPane(title, group(label("dashboard.quarter"), period),
                group(label("dashboard.category"), category), group(label("dashboard.targetYear"), yearButtons()),
                all, filterButtons(), busy);
        bar.getStyleClass().add("selection-bar");
        return bar;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox filterButtons() {
        return toggles(RowFilter.values(), "filter-", "dashboard.filter.", model.filterProperty(), RowFilter.class);
    }

    /** In force (当期目标), then one button per target year the data holds; rebuilt when those change. */
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
        keepChosen(group, model.choiceProperty(), TargetChoice.class);
        return box;
    }

    /** One toggle button per choice of an enum, kept in step with the property both ways. */
    private <E extends Enum<E>> HBox toggles(E[] choices, String idPrefix, String keyPrefix, ObjectProperty<E> chosen,
                                             Class<E> type) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        for (E choice : choices) {
            ToggleButton b = new ToggleButton(messages.get(keyPrefix + choice.name()));
            b.setId(idPrefix + choice.name());
            b.setToggleGroup(group);
            b.setUserData(choice);
            b.setSelected(chosen.get() == choice);
            box.getChildren().add(b);
        }
        keepChosen(group, chosen, type);
        return box;
    }

    /** The selected toggle sets the property and the property selects its toggle; one stays selected. */
    private static <T> void keepChosen(ToggleGroup group, ObjectProperty<T> chosen, Class<T> type) {
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                chosen.set(type.cast(now.getUserData()));
            } else if (old != null && group.getToggles().contains(old)) {
                old.setSelected(true);
            }
        });
        chosen.addListener((o, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().ifPresent(t -> t.setSelected(true)));
    }

    private VBox tableBox() {
        HBox bar = new HBox(8, button("openDetail", "dashboard.detail", () -> selected(actions::openDetail)),
                button("exportCsv", "dashboard.export.csv", () -> actions.exportTable("csv")),
                button("exportXlsx", "dashboard.export.xlsx", () -> actions.exportTable("xlsx")));
        bar.getStyleClass().add(Styles.TOOLBAR);
        table.node().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selected(actions::openDetail);
            }
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
        gapChart.setOnScreen(false);
        actual.selectedProperty().addListener((o, was, now) -> actualChart.setOnScreen(now));
        gap.selectedProperty().addListener((o, was, now) -> gapChart.setOnScreen(now));
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
