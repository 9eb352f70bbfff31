package org.zhibiao.ui.catalogue;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The catalogue screen: the indicators by category, narrowed by a search and by whether the
 * database monitors them, and the editor of the selected one; the plans with their targets, and
 * the form of the selected plan. Saving writes the indicator and its targets in one transaction,
 * in the background; plans and monitoring choices go through the same service as the workbook.
 */
public final class CatalogueViewModel {

    /** Which indicators the list shows. */
    public enum MonitorFilter {
        ALL, MONITORED, NOT_MONITORED
    }

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final IndicatorEditor editor;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<MonitorFilter> monitorFilter = new SimpleObjectProperty<>(MonitorFilter.ALL);
    private final ReadOnlyBooleanWrapper monitored = new ReadOnlyBooleanWrapper();
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>();
    private final ObservableList<Target> planTargets = FXCollections.observableArrayList();
    private final ObservableList<String> planCodes = FXCollections.observableArrayList("");
    private final PlanEditor planEditor;
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSave;
    private CatalogueData data = CatalogueData.EMPTY;
    private boolean loaded;

    public CatalogueViewModel(Workspace workspace, TaskRunner tasks, Messages messages) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.messages = messages;
        this.editor = new IndicatorEditor(messages);
        this.planEditor = new PlanEditor(messages);
        canSave = editor.dirtyProperty().and(editor.validProperty()).and(saving.not());
        search.addListener(o -> version.set(version.get() + 1));
        monitorFilter.addListener(o -> version.set(version.get() + 1));
        editor.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                saveResult.set("");
            }
        });
        selected.addListener((o, old, now) -> {
            if (now != null) {
                editor.load(now, data.targetsOf(now.code()));
            }
            monitored.set(now != null && data.monitored().contains(now.code()));
        });
        selectedPlan.addListener((o, old, now) -> {
            if (now != null) {
                planEditor.load(now);
            }
            planTargets.setAll(now == null ? List.of() : data.targetsOfPlan(now.code()));
        });
    }

    public void load() {
        tasks.run(() -> CatalogueData.read(workspace), this::apply);
    }

    private void apply(CatalogueData read) {
        apply(read, Optional.ofNullable(selectedPlan.get()).map(Plan::code).orElse(null));
    }

    private void apply(CatalogueData read, String planCode) {
        data = read;
        loaded = true;
        planCodes.setAll("");
        read.plans().forEach(p -> planCodes.add(p.code()));
        version.set(version.get() + 1);
        Optional<Indicator> again = Optional.ofNullable(selected.get()).flatMap(s -> read.indicator(s.code()))
                .or(() -> read.indicators().stream().findFirst());
        selected.set(null);
        again.ifPresent(selected::set);
        plans.setAll(read.plans());
        selectedPlan.set(null);
        Optional.ofNullable(planCode).flatMap(read::plan).ifPresent(selectedPlan::set);
    }

    /** The indicators matching the search, by category in the plans' order; empty categories left out. */
    public Map<Category, List<Indicator>> grouped() {
        Map<Category, List<Indicator>> out = new EnumMap<>(Category.class);
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        for (Indicator i : data.indicators()) {
            if ((q.isEmpty() || matches(i, q)) && shown(i)) {
                out.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private boolean shown(Indicator i) {
        return switch (monitorFilter.get()) {
            case ALL -> true;
            case MONITORED -> data.monitored().contains(i.code());
            case NOT_MONITORED -> !data.monitored().contains(i.code());
        };
    }

    /** Whether the database monitors the indicator. */
    public boolean isMonitored(Indicator indicator) {
        return data.monitored().contains(indicator.code());
    }

    /** Whether that was chosen by hand (纳入监测 or 取消监测) against what the plans say. */
    public boolean isChosenByHand(Indicator indicator) {
        return isMonitored(indicator) != data.monitored().setByPlans(indicator.code());
    }

    /**
     * 纳入监测 or 取消监测 for the selected indicator, kept in the database; a choice that agrees
     * with the plans is forgotten, so the plans decide again.
     */
    public void toggleMonitored() {
        Indicator indicator = selected.get();
        if (indicator == null) {
            return;
        }
        boolean wanted = !isMonitored(indicator);
        Boolean choice = wanted == data.monitored().setByPlans(indicator.code()) ? null : wanted;
        tasks.run(() -> {
            workspace.plans().chooseMonitored(indicator.code(), choice);
            return CatalogueData.read(workspace);
        }, this::apply);
    }

    /** Empties the plan form for a new plan. */
    public void newPlan() {
        selectedPlan.set(null);
        planEditor.startNew();
    }

    /** Adds or changes the plan of the form when it obeys the plans' rules; the form shows what is wrong. */
    public void savePlan() {
        boolean adding = planEditor.addingProperty().get();
        planEditor.read(p -> workspace.plans().problems(p, adding)).ifPresent(plan -> tasks.run(() -> {
            workspace.plans().save(plan, adding);
            return CatalogueData.read(workspace);
        }, read -> apply(read, plan.code())));
    }

    /** Retires the selected plan (its targets stop counting) or brings a retired one back. */
    public void retirePlan() {
        Plan plan = selectedPlan.get();
        if (plan == null) {
            return;
        }
        tasks.run(() -> {
            workspace.plans().retire(plan.code(), !plan.retired());
            return CatalogueData.read(workspace);
        }, this::apply);
    }

    public String title(Plan plan) {
        return plan.title(messages.chinese());
    }

    /** The name of an indicator by its code, in the language shown. */
    public String indicatorName(String code) {
        return data.indicator(code).map(this::name).orElse(code);
    }

    /** "" (none), then the codes of the plans: the choices of a target's plan. */
    public ObservableList<String> planCodes() {
        return planCodes;
    }

    private static boolean matches(Indicator i, String q) {
        return i.code().toLowerCase(Locale.ROOT).contains(q) || i.nameZh().contains(q)
                || i.nameEn().toLowerCase(Locale.ROOT).contains(q);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Indicator indicator = editor.toIndicator();
        List<Target> targets = editor.toTargets();
        List<Target.Key> deleted = editor.keysToDelete();
        saving.set(true);
        saveResult.set("");
        tasks.run(() -> {
            workspace.inTransaction(() -> {
                workspace.catalogue().saveIndicator(indicator);
                deleted.forEach(workspace.catalogue()::deleteTarget);
                targets.forEach(workspace.catalogue()::saveTarget);
            });
            return CatalogueData.read(workspace);
        }, loaded -> {
            saving.set(false);
            apply(loaded);
            saveFailed.set(false);
            saveResult.set(messages.get("uicatalogue.saved", indicator.code(), name(indicator), targets.size(),
                    LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        }, () -> {
            saving.set(false);
            saveFailed.set(true);
            saveResult.set(messages.get("uicatalogue.saveFailed", indicator.code()));
        });
    }

    public void revert() {
        editor.revert();
    }

    /** Adds a target for the home region of the database. */
    public TargetEditor addTarget() {
        Optional<Region> home = data.home();
        return editor.addTarget(home.map(Region::code).orElse(""), home.map(Region::name).orElse(""));
    }

    public String label(String prefix, String code) {
        return messages.get(prefix + code);
    }

    public String name(Indicator indicator) {
        return indicator.name(messages.chinese());
    }

    /** Whether the catalogue has been read (until then the list is empty because it is loading). */
    public boolean isLoaded() {
        return loaded;
    }

    public IndicatorEditor editor() {
        return editor;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Indicator> selectedProperty() {
        return selected;
    }

    public ObjectProperty<MonitorFilter> monitorFilterProperty() {
        return monitorFilter;
    }

    /** Whether the selected indicator is monitored. */
    public ReadOnlyBooleanProperty monitoredProperty() {
        return monitored.getReadOnlyProperty();
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> selectedPlanProperty() {
        return selectedPlan;
    }

    /** The targets of the selected plan. */
    public ObservableList<Target> planTargets() {
        return planTargets;
    }

    public PlanEditor planEditor() {
        return planEditor;
    }

    /** Changes whenever the list to show changes; the view rebuilds on it. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** What the last save did, in words: saved (with the time), or not saved; empty again once the form is edited. */
    public ReadOnlyStringProperty saveResultProperty() {
        return saveResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
