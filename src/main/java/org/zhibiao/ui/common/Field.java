package org.zhibiao.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A text an editor holds for a form field, with the translated problem found in it ("" when fine). */
public final class Field {

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get() == null ? "" : text.get().trim();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    public void setError(String message) {
        error.set(message == null ? "" : message);
    }
}
