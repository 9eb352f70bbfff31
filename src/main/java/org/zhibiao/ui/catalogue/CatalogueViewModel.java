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
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The catalogue screen: the indicators by category, narrowed by a search, and the editor of the
 * selected one. Saving writes the indicator and its targets in one transaction, in the background.
 */
public final class CatalogueViewModel {

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Messages messages;
    private final IndicatorEditor editor;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>();
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
        canSave = editor.dirtyProperty().and(editor.validProperty()).and(saving.not());
        search.addListener(o -> version.set(version.get() + 1));
        editor.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                saveResult.set("");
            }
        });
        selected.addListener((o, old, now) -> {
            if (now != null) {
                editor.load(now, data.targetsOf(now.code()));
            }
        });
    }

    public void load() {
        tasks.run(() -> CatalogueData.read(workspace), this::apply);
    }

    private void apply(CatalogueData read) {
        data = read;
        loaded = true;
        version.set(version.get() + 1);
        Optional<Indicator> again = Optional.ofNullable(selected.get()).flatMap(s -> read.indicator(s.code()))
                .or(() -> read.indicators().stream().findFirst());
        selected.set(null);
        again.ifPresent(selected::set);
    }

    /** The indicators matching the search, by category in the plans' order; empty categories left out. */
    public Map<Category, List<Indicator>> grouped() {
        Map<Category, List<Indicator>> out = new EnumMap<>(Category.class);
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        for (Indicator i : data.indicators()) {
            if (q.isEmpty() || matches(i, q)) {
                out.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i);
            }
        }
        return out;
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
