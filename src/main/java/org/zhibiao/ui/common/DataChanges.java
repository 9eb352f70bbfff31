package org.zhibiao.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a screen says how it shows the database again when another user changed it (an import
 * on another PC): the window runs these on the FX thread.
 */
public final class DataChanges {

    private final List<Runnable> reloads = new ArrayList<>();

    public void onChange(Runnable reload) {
        reloads.add(reload);
    }

    /** Runs every screen's reload. */
    public void changed() {
        List.copyOf(reloads).forEach(Runnable::run);
    }
}
