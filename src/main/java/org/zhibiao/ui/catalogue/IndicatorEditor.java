package org.zhibiao.ui.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.domain.Target;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Checks;
import org.zhibiao.ui.common.Field;

/**
 * The form of one indicator and its targets while they are edited: validated as the user types,
 * dirty once anything changed, turned back into domain records for saving.
 */
public final class IndicatorEditor {

    private final Messages messages;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>(IndicatorKind.RATIO);
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.HIGHER);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.QUARTERLY);
    private final ObservableList<TargetEditor> targets = FXCollections.observableArrayList();
    private final List<Target.Key> removed = new ArrayList<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Indicator original;
    private List<Target> originalTargets = List.of();
    private boolean loading;

    public IndicatorEditor(Messages messages) {
        this.messages = messages;
        for (String name : List.of("nameZh", "nameEn", "unit", "factor", "numerator", "denominator",
                "decimals", "jumpThreshold", "note")) {
            Field field = new Field();
            field.textProperty().addListener(o -> changed());
            fields.put(name, field);
        }
        kind.addListener(o -> changed());
        measure.addListener(o -> changed());
        direction.addListener(o -> changed());
        frequency.addListener(o -> changed());
    }

    public void load(Indicator indicator, List<Target> indicatorTargets) {
        original = indicator;
        originalTargets = List.copyOf(indicatorTargets);
        loading = true;
        field("nameZh").setText(indicator.nameZh());
        field("nameEn").setText(indicator.nameEn());
        field("unit").setText(indicator.unit());
        field("factor").setText(Checks.format(indicator.factor()));
        field("numerator").setText(indicator.numeratorZh());
        field("denominator").setText(indicator.denominatorZh());
        field("decimals").setText(Integer.toString(indicator.decimals()));
        field("jumpThreshold").setText(Checks.format(indicator.jumpThreshold()));
        field("note").setText(indicator.note());
        kind.set(indicator.kind());
        measure.set(indicator.measure());
        direction.set(indicator.direction());
        frequency.set(indicator.frequency());
        targets.setAll(indicatorTargets.stream().map(t -> new TargetEditor(t, this::changed)).toList());
        removed.clear();
        loading = false;
        dirty.set(false);
        validate();
    }

    public void revert() {
        if (original != null) {
            load(original, originalTargets);
        }
    }

    public TargetEditor addTarget(String regionCode, String regionName) {
        TargetEditor row = new TargetEditor(null, this::changed);
        row.regionCode().setText(regionCode);
        row.regionName().setText(regionName);
        row.year().setText("2020");
        targets.add(row);
        changed();
        return row;
    }

    public void removeTarget(TargetEditor row) {
        row.originalKey().ifPresent(removed::add);
        targets.remove(row);
        changed();
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    private void validate() {
        check("nameZh", Checks.required(field("nameZh").getText()));
        check("unit", Checks.required(field("unit").getText()));
        check("factor", Checks.number(field("factor").getText(), kind.get() == IndicatorKind.RATIO));
        check("decimals", Checks.integerBetween(field("decimals").getText(), 0, 6, "uicatalogue.check.decimals"));
        check("jumpThreshold", Checks.number(field("jumpThreshold").getText(), false));
        targets.forEach(t -> t.validate(messages));
        flagDuplicates();
        boolean ok = fields.values().stream().allMatch(Field::isValid) && targets.stream().allMatch(TargetEditor::isValid);
        valid.set(ok);
        problem.set(ok ? "" : firstProblem());
    }

    private void flagDuplicates() {
        if (original == null) {
            return;
        }
        Set<Target.Key> seen = new HashSet<>();
        for (TargetEditor row : targets) {
            if (row.isValid() && !seen.add(row.key(original.code()))) {
                row.flagDuplicate(messages);
            }
        }
    }

    private String firstProblem() {
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            if (!e.getValue().isValid()) {
                return messages.get("uicatalogue.problem.field", messages.get("uicatalogue.field." + e.getKey()),
                        e.getValue().getError());
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            Optional<Field> bad = targets.get(i).fields().stream().filter(f -> !f.isValid()).findFirst();
            if (bad.isPresent()) {
                return messages.get("uicatalogue.problem.target", i + 1, bad.get().getError());
            }
        }
        return "";
    }

    private void check(String name, Optional<String> problemKey) {
        field(name).setError(problemKey.map(messages::get).orElse(""));
    }

    /** The edited indicator; only when {@link #isValid()}. */
    public Indicator toIndicator() {
        String decimals = field("decimals").getText();
        return new Indicator(original.code(), field("nameZh").getText(), field("nameEn").getText(),
                original.category(), field("unit").getText(), kind.get(), measure.get(),
                Checks.toDouble(field("factor").getText()), field("numerator").getText(),
                field("denominator").getText(), direction.get(), frequency.get(), Integer.parseInt(decimals),
                field("note").getText(), Checks.toDouble(field("jumpThreshold").getText()));
    }

    public List<Target> toTargets() {
        return targets.stream().map(t -> t.toTarget(original.code())).toList();
    }

    /** Stored targets that were deleted or moved to another region or year. */
    public List<Target.Key> keysToDelete() {
        List<Target.Key> out = new ArrayList<>(removed);
        for (TargetEditor row : targets) {
            row.originalKey().filter(k -> !k.equals(row.key(original.code()))).ifPresent(out::add);
        }
        return out;
    }

    public Field field(String name) {
        return fields.get(name);
    }

    public Optional<Indicator> original() {
        return Optional.ofNullable(original);
    }

    public ObservableList<TargetEditor> targets() {
        return targets;
    }

    public ObjectProperty<IndicatorKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
