package org.zhibiao.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A table cell that is always a text field bound to an editor {@link Field}: what is typed is
 * kept at once (no commit step) and checked as it is typed. The field's id is
 * {@code <idPrefix>-<row index>} for tests.
 */
public final class FieldTableCell<S> extends TableCell<S, Field> {

    private final String idPrefix;
    private final TextField editor = new TextField();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener errorListener = o -> showError();
    private Field bound;

    public FieldTableCell(String idPrefix) {
        this.idPrefix = idPrefix;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Field field, boolean empty) {
        super.updateItem(field, empty);
        if (bound != null) {
            editor.textProperty().unbindBidirectional(bound.textProperty());
            bound.errorProperty().removeListener(errorListener);
        }
        bound = empty ? null : field;
        if (bound != null) {
            editor.textProperty().bindBidirectional(bound.textProperty());
            bound.errorProperty().addListener(errorListener);
            editor.setId(idPrefix + "-" + getIndex());
        }
        setGraphic(bound == null ? null : editor);
        showError();
    }

    private void showError() {
        boolean bad = bound != null && !bound.isValid();
        editor.getStyleClass().remove(Styles.INVALID);
        if (bad) {
            editor.getStyleClass().add(Styles.INVALID);
            tooltip.setText(bound.getError());
        }
        editor.setTooltip(bad ? tooltip : null);
    }
}
