package org.zhibiao.ui.catalogue;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Checks;
import org.zhibiao.ui.common.Forms;
import org.zhibiao.ui.common.Styles;

/**
 * The plans of the database (code, title, document number, issuing body, region, issue date,
 * period, retired), the form of the selected or a new one, and the targets the selected plan sets.
 */
final class PlanPane {

    private final CatalogueViewModel model;
    private final Messages messages;

    PlanPane(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        TableView<Plan> plans = planTable();
        Button add = button("addPlan", "uicatalogue.plan.add");
        Button retire = button("retirePlan", "uicatalogue.plan.retire");
        Button save = button("savePlan", "uicatalogue.plan.save");
        retire.disableProperty().bind(model.selectedPlanProperty().isNull());
        retire.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.selectedPlanProperty().get() != null && model.selectedPlanProperty().get().retired()
                        ? "uicatalogue.plan.restore" : "uicatalogue.plan.retire"), model.selectedPlanProperty()));
        add.setOnAction(e -> {
            plans.getSelectionModel().clearSelection();
            model.newPlan();
        });
        retire.setOnAction(e -> model.retirePlan());
        save.setOnAction(e -> model.savePlan());
        Label problem = new Label();
        problem.setId("planProblem");
        problem.getStyleClass().add(Styles.VALIDATION_MESSAGE);
        problem.setWrapText(true);
        problem.textProperty().bind(model.planEditor().problemProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(add, retire, spacer, problem, save);
        actions.getStyleClass().add(Styles.TOOLBAR);
        VBox left = new VBox(8, title("uicatalogue.plans"), plans, actions, form());
        VBox.setVgrow(plans, Priority.ALWAYS);
        left.getStyleClass().add(Styles.SCREEN);
        Label targetsTitle = new Label();
        targetsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        targetsTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedPlanProperty().get() == null
                ? messages.get("uicatalogue.plan.targetsNone")
                : messages.get("uicatalogue.plan.targets", model.selectedPlanProperty().get().code(),
                        model.planTargets().size()), model.selectedPlanProperty(), model.planTargets()));
        TableView<Target> targets = targetTable();
        VBox right = new VBox(8, targetsTitle, targets);
        VBox.setVgrow(targets, Priority.ALWAYS);
        right.getStyleClass().add(Styles.SCREEN);
        SplitPane split = new SplitPane(left, right);
        split.setId("planPane");
        split.setDividerPositions(0.64);
        model.selectedPlanProperty().addListener((o, old, now) -> {
            if (now != null && plans.getSelectionModel().getSelectedItem() != now) {
                plans.getSelectionModel().select(now);
            }
        });
        plans.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedPlanProperty().set(now);
            }
        });
        return split;
    }

    private TableView<Plan> planTable() {
        TableView<Plan> table = table("planTable", model.plans(), "uicatalogue.plan.none");
        table.getColumns().add(fixed(column("plan.column.code", 64, Plan::code)));
        table.getColumns().add(column("plan.column.title", 240, model::title));
        table.getColumns().add(column("plan.column.number", 120, Plan::number));
        table.getColumns().add(column("plan.column.issuer", 120, Plan::issuer));
        table.getColumns().add(fixed(column("plan.column.region", 64, Plan::regionCode)));
        table.getColumns().add(fixed(column("plan.column.issued", 88,
                p -> p.issued() == null ? "" : p.issued().toString())));
        table.getColumns().add(fixed(column("plan.column.period", 84, this::period)));
        table.getColumns().add(fixed(column("plan.column.retired", 64,
                p -> p.retired() ? messages.get("uicatalogue.plan.retired") : "")));
        return table;
    }

    private String period(Plan plan) {
        if (plan.firstYear() == null && plan.lastYear() == null) {
            return "";
        }
        String first = plan.firstYear() == null ? "?" : plan.firstYear().toString();
        String last = plan.lastYear() == null ? "?" : plan.lastYear().toString();
        return first.equals(last) ? first : first + "–" + last;
    }

    private <S> TableView<S> table(String id, ObservableList<S> items, String emptyKey) {
        TableView<S> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get(emptyKey)));
        return table;
    }

    /** A column of texts, titled by the key after {@code uicatalogue.}; its id says which. */
    private <S> TableColumn<S, String> column(String key, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(messages.get("uicatalogue." + key));
        column.setId(key.replace('.', '-'));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A column of short texts (codes, dates, years) kept wide enough to read them whole. */
    private static <S> TableColumn<S, String> fixed(TableColumn<S, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private GridPane form() {
        GridPane grid = Forms.twoColumnGrid("planForm");
        int cell = 0;
        for (String name : PlanEditor.FIELDS) {
            TextField text = Forms.bind(new TextField(), model.planEditor().field(name));
            text.setId("plan-" + name);
            if (name.equals("code")) {
                text.editableProperty().bind(model.planEditor().addingProperty());
            }
            Label caption = new Label(messages.get("uicatalogue.plan.field." + name));
            caption.setLabelFor(text);
            boolean wide = name.startsWith("title");
            int column = wide ? 0 : (cell % 2) * 2;
            if (wide && cell % 2 == 1) {
                cell++;
            }
            grid.add(caption, column, cell / 2);
            grid.add(text, column + 1, cell / 2);
            if (wide) {
                GridPane.setColumnSpan(text, 3);
                cell += 2;
            } else {
                cell++;
            }
        }
        return grid;
    }

    private TableView<Target> targetTable() {
        TableView<Target> table = table("planTargets", model.planTargets(), "uicatalogue.noTargets");
        table.getColumns().add(fixed(column("plan.target.indicator", 56, Target::indicatorCode)));
        table.getColumns().add(column("plan.target.name", 200, t -> model.indicatorName(t.indicatorCode())));
        table.getColumns().add(column("plan.target.region", 80, t -> t.regionName().isEmpty() ? t.regionCode()
                : t.regionName()));
        table.getColumns().add(fixed(column("plan.target.year", 50, t -> Integer.toString(t.targetYear()))));
        table.getColumns().add(column("plan.target.value", 110, this::targetText));
        return table;
    }

    private String targetText(Target t) {
        String value = Checks.format(t.value());
        return messages.get("uicatalogue.comparator." + t.comparator().name()).split(" ")[0] + " " + value
                + (t.valueMax() == null ? "" : "–" + Checks.format(t.valueMax()));
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.SCREEN_TITLE);
        return label;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        return button;
    }
}
