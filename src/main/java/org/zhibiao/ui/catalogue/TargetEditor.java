package org.zhibiao.ui.catalogue;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Checks;
import org.zhibiao.ui.common.Field;

/** One row of the targets table while it is edited. */
public final class TargetEditor {

    private final Target original;
    private final Field regionCode = new Field();
    private final Field regionName = new Field();
    private final Field year = new Field();
    private final Field value = new Field();
    private final Field max = new Field();
    private final Field basePeriod = new Field();
    private final Field baseValue = new Field();
    private final ObjectProperty<Comparator> comparator = new SimpleObjectProperty<>(Comparator.AT_LEAST);
    private final ObjectProperty<TargetType> type = new SimpleObjectProperty<>(TargetType.EXPECTED);
    private final BooleanProperty cumulative = new SimpleBooleanProperty();
    private final ObjectProperty<String> plan = new SimpleObjectProperty<>("");

    /** An editor for a stored target, or for a new one when {@code original} is null. */
    TargetEditor(Target original, Runnable onChange) {
        this.original = original;
        if (original != null) {
            fill(original);
        }
        for (Field f : fields()) {
            f.textProperty().addListener(o -> onChange.run());
        }
        comparator.addListener(o -> onChange.run());
        type.addListener(o -> onChange.run());
        cumulative.addListener(o -> onChange.run());
        plan.addListener(o -> onChange.run());
    }

    private void fill(Target t) {
        regionCode.setText(t.regionCode());
        regionName.setText(t.regionName());
        year.setText(Integer.toString(t.targetYear()));
        value.setText(Checks.format(t.value()));
        max.setText(Checks.format(t.valueMax()));
        basePeriod.setText(t.basePeriod() == null ? "" : t.basePeriod().toString());
        baseValue.setText(Checks.format(t.baseValue()));
        comparator.set(t.comparator());
        type.set(t.type());
        cumulative.set(t.cumulative());
        plan.set(t.doc());
    }

    void validate(Messages messages) {
        set(regionCode, Checks.regionCode(regionCode.getText()), messages);
        set(regionName, Checks.required(regionName.getText()), messages);
        set(year, Checks.integerBetween(year.getText(), 1990, 2100, "uicatalogue.check.year"), messages);
        set(value, Checks.number(value.getText(), true), messages);
        set(max, maxProblem(), messages);
        set(basePeriod, Checks.period(basePeriod.getText()), messages);
        set(baseValue, Checks.number(baseValue.getText(), false), messages);
    }

    private Optional<String> maxProblem() {
        boolean range = comparator.get() == Comparator.RANGE;
        Optional<String> number = Checks.number(max.getText(), range);
        if (number.isPresent() || !range || Checks.number(value.getText(), true).isPresent()) {
            return number;
        }
        return Checks.toDouble(max.getText()) < Checks.toDouble(value.getText())
                ? Optional.of("uicatalogue.check.maxBelowTarget") : Optional.empty();
    }

    void flagDuplicate(Messages messages) {
        year.setError(messages.get("uicatalogue.check.duplicate"));
    }

    private static void set(Field field, Optional<String> problem, Messages messages) {
        field.setError(problem.map(messages::get).orElse(""));
    }

    List<Field> fields() {
        return List.of(regionCode, regionName, year, value, max, basePeriod, baseValue);
    }

    boolean isValid() {
        return fields().stream().allMatch(Field::isValid);
    }

    /** The key this row will be stored under; only for a valid row. */
    Target.Key key(String indicatorCode) {
        return new Target.Key(indicatorCode, regionCode.getText(), Integer.parseInt(year.getText()));
    }

    /** The stored key this row started from, if it was stored. */
    Optional<Target.Key> originalKey() {
        return Optional.ofNullable(original).map(Target::key);
    }

    Target toTarget(String indicatorCode) {
        String basePeriodText = basePeriod.getText();
        return new Target(indicatorCode, regionCode.getText(), regionName.getText(), Integer.parseInt(year.getText()),
                comparator.get(), Checks.toDouble(value.getText()), Checks.toDouble(max.getText()),
                basePeriodText.isEmpty() ? null : Period.parse(basePeriodText), Checks.toDouble(baseValue.getText()),
                cumulative.get(), type.get(), plan.get() == null ? "" : plan.get(),
                original == null ? "" : original.leadDepartments(), original == null ? "" : original.note(), isDemo());
    }

    public boolean isDemo() {
        return original != null && original.demo();
    }

    public Field regionCode() {
        return regionCode;
    }

    public Field regionName() {
        return regionName;
    }

    public Field year() {
        return year;
    }

    public Field value() {
        return value;
    }

    public Field max() {
        return max;
    }

    public Field basePeriod() {
        return basePeriod;
    }

    public Field baseValue() {
        return baseValue;
    }

    public ObjectProperty<Comparator> comparatorProperty() {
        return comparator;
    }

    public ObjectProperty<TargetType> typeProperty() {
        return type;
    }

    /** The code of the plan that sets the target ("" for none). */
    public ObjectProperty<String> planProperty() {
        return plan;
    }

    public BooleanProperty cumulativeProperty() {
        return cumulative;
    }
}
