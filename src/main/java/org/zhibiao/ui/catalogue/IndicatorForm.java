package org.zhibiao.ui.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Converters;
import org.zhibiao.ui.common.Forms;

/** The indicator's own fields, two label–field pairs per line; every control's id is its field name. */
final class IndicatorForm {

    private final IndicatorEditor editor;
    private final CatalogueViewModel model;
    private final Messages messages;
    private final GridPane grid = Forms.twoColumnGrid("indicatorForm");
    private int cell;

    IndicatorForm(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.editor = model.editor();
        this.messages = messages;
    }

    GridPane build() {
        text("nameZh");
        text("nameEn");
        text("unit");
        choice("kind", editor.kindProperty(), values(IndicatorKind.values()),
                k -> model.label("uicatalogue.kind.", k.code()));
        choice("measure", editor.measureProperty(), withNone(Measure.values()),
                m -> model.label("uicatalogue.measure.", m.code()));
        text("factor");
        text("numerator");
        text("denominator");
        choice("direction", editor.directionProperty(), values(Direction.values()),
                d -> model.label("uicatalogue.direction.", d.code()));
        choice("frequency", editor.frequencyProperty(), values(Frequency.values()),
                f -> model.label("uicatalogue.frequency.", f.code()));
        text("decimals");
        text("jumpThreshold");
        TextField note = text("note");
        GridPane.setColumnSpan(note, 3);
        return grid;
    }

    private TextField text(String name) {
        TextField field = Forms.bind(new TextField(), editor.field(name));
        add(name, field);
        return field;
    }

    private <T> void choice(String name, ObjectProperty<T> property, List<T> values,
                            Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(label, messages.get("uicatalogue.none")));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        add(name, box);
    }

    private void add(String name, Control control) {
        control.setId(name);
        Label label = new Label(messages.get("uicatalogue.field." + name));
        label.setLabelFor(control);
        int column = (cell % 2) * 2;
        int row = cell / 2;
        grid.add(label, column, row);
        grid.add(control, column + 1, row);
        cell += name.equals("note") ? 2 : 1;
    }

    private static <T> List<T> values(T[] values) {
        return Arrays.asList(values);
    }

    private static <T> List<T> withNone(T[] values) {
        List<T> out = new ArrayList<>();
        out.add(null);
        out.addAll(Arrays.asList(values));
        return out;
    }
}
