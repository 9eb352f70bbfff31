package org.zhibiao.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Lays out forms and binds their controls to editor fields: text both ways, the problem as style and tooltip. */
public final class Forms {

    private Forms() {
    }

    /** An empty form of two label–field pairs per line: labels as wide as they need, fields sharing the rest. */
    public static GridPane twoColumnGrid(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add(Styles.FORM);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(100, 220, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        grid.getColumnConstraints().setAll(label, field, label, field);
        return grid;
    }

    public static <C extends TextInputControl> C bind(C control, Field field) {
        control.textProperty().bindBidirectional(field.textProperty());
        showProblem(control, field.errorProperty());
        return control;
    }

    public static void unbind(TextInputControl control, Field field) {
        control.textProperty().unbindBidirectional(field.textProperty());
    }

    /** Marks the control invalid while {@code error} is not empty, and shows the error as its tooltip. */
    public static void showProblem(Control control, ObservableStringValue error) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(error);
        Runnable apply = () -> {
            boolean bad = error.get() != null && !error.get().isEmpty();
            control.getStyleClass().remove(Styles.INVALID);
            if (bad) {
                control.getStyleClass().add(Styles.INVALID);
            }
            control.setTooltip(bad ? tooltip : null);
        };
        error.addListener(o -> apply.run());
        apply.run();
    }
}
