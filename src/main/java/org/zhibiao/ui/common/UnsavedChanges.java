package org.zhibiao.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;

/** The screens' "I have unsaved edits" flags, so the window can ask before discarding them. */
public final class UnsavedChanges {

    private final List<ObservableBooleanValue> flags = new ArrayList<>();

    public void track(ObservableBooleanValue flag) {
        flags.add(flag);
    }

    public boolean any() {
        return flags.stream().anyMatch(ObservableBooleanValue::get);
    }

    public void clear() {
        flags.clear();
    }
}
