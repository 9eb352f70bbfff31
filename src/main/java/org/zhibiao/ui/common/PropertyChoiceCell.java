package org.zhibiao.ui.common;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/** A table cell that is always a choice box bound to a row's property; an observable list of values is followed. */
public final class PropertyChoiceCell<S, T> extends TableCell<S, ObjectProperty<T>> {

    private final ChoiceBox<T> choice = new ChoiceBox<>();
    private ObjectProperty<T> bound;

    public PropertyChoiceCell(List<T> values, StringConverter<T> converter) {
        if (values instanceof ObservableList<T> observable) {
            choice.setItems(observable);
        } else {
            choice.getItems().setAll(values);
        }
        choice.setConverter(converter);
        choice.setMaxWidth(Double.MAX_VALUE);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ObjectProperty<T> property, boolean empty) {
        super.updateItem(property, empty);
        if (bound != null) {
            choice.valueProperty().unbindBidirectional(bound);
        }
        bound = empty ? null : property;
        if (bound != null) {
            choice.valueProperty().bindBidirectional(bound);
        }
        setGraphic(bound == null ? null : choice);
    }
}
