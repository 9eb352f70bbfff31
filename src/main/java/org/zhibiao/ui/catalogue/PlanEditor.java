package org.zhibiao.ui.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.zhibiao.domain.Plan;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Checks;
import org.zhibiao.ui.common.Field;

/**
 * The form of one plan (new, or one already kept): its fields as text, read into a {@link Plan}
 * whose problems are the plan's own rules, the same the catalogue workbook's sheet 规划 obeys.
 */
public final class PlanEditor {

    /** The fields, named as the columns of sheet 规划. */
    static final List<String> FIELDS = List.of("code", "title_zh", "title_en", "number", "issuer", "region_code",
            "issued", "first_year", "last_year");

    private final Messages messages;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final BooleanProperty adding = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean retired;

    PlanEditor(Messages messages) {
        this.messages = messages;
        FIELDS.forEach(f -> fields.put(f, new Field()));
    }

    /** Empties the form for a new plan. */
    void startNew() {
        fields.values().forEach(f -> {
            f.setText("");
            f.setError("");
        });
        retired = false;
        adding.set(true);
        problem.set("");
    }

    void load(Plan plan) {
        text("code", plan.code());
        text("title_zh", plan.titleZh());
        text("title_en", plan.titleEn());
        text("number", plan.number());
        text("issuer", plan.issuer());
        text("region_code", plan.regionCode());
        text("issued", plan.issued() == null ? "" : plan.issued().toString());
        text("first_year", plan.firstYear() == null ? "" : plan.firstYear().toString());
        text("last_year", plan.lastYear() == null ? "" : plan.lastYear().toString());
        fields.values().forEach(f -> f.setError(""));
        retired = plan.retired();
        adding.set(false);
        problem.set("");
    }

    private void text(String name, String value) {
        fields.get(name).setText(value);
    }

    /**
     * The plan the form holds, or empty with each wrong field marked: text that is not a date or
     * a year, then the plan's own rules and the problems {@code others} adds (e.g. a code taken).
     */
    Optional<Plan> read(Function<Plan, List<Plan.Problem>> others) {
        fields.values().forEach(f -> f.setError(""));
        LocalDate issued = date(fields.get("issued"));
        Integer first = year(fields.get("first_year"));
        Integer last = year(fields.get("last_year"));
        Plan plan = new Plan(get("code"), get("title_zh"), get("title_en"), get("number"), get("issuer"),
                get("region_code"), issued, first, last, retired);
        plan.problems().forEach(this::flag);
        others.apply(plan).forEach(this::flag);
        String shown = fields.entrySet().stream().filter(e -> !e.getValue().isValid())
                .map(e -> messages.get("uicatalogue.plan.field." + e.getKey()) + ": " + e.getValue().getError())
                .findFirst().orElse("");
        problem.set(shown);
        return shown.isEmpty() ? Optional.of(plan) : Optional.empty();
    }

    private void flag(Plan.Problem p) {
        Field field = fields.get(p.field());
        if (field.isValid()) {
            field.setError(messages.get(p.messageKey(), field.getText()));
        }
    }

    private String get(String name) {
        return fields.get(name).getText();
    }

    private LocalDate date(Field field) {
        if (field.getText().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(field.getText());
        } catch (DateTimeParseException e) {
            field.setError(messages.get("uicatalogue.plan.check.date"));
            return null;
        }
    }

    private Integer year(Field field) {
        if (field.getText().isEmpty()) {
            return null;
        }
        Optional<String> wrong = Checks.integerBetween(field.getText(), Integer.MIN_VALUE + 1, Integer.MAX_VALUE,
                "catalogue.problem.notAYear");
        if (wrong.isPresent()) {
            field.setError(messages.get(wrong.get(), field.getText()));
            return null;
        }
        return Integer.valueOf(field.getText());
    }

    Field field(String name) {
        return fields.get(name);
    }

    public BooleanProperty addingProperty() {
        return adding;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
