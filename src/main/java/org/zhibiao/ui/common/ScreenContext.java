package org.zhibiao.ui.common;

import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;

/**
 * What a screen gets: the open database, the language, the background runner, the dialogs, a
 * place to say that it holds unsaved changes (the window asks before they are lost), the user's
 * preferences (where a screen keeps its divider positions), and where to say how it reloads when
 * another user changed the database.
 */
public record ScreenContext(Workspace workspace, Messages messages, TaskRunner tasks, DialogService dialogs,
                            UnsavedChanges unsaved, UiPreferences preferences, DataChanges changes) {

    /** A context whose database nobody else changes while it is shown. */
    public ScreenContext(Workspace workspace, Messages messages, TaskRunner tasks, DialogService dialogs,
                         UnsavedChanges unsaved, UiPreferences preferences) {
        this(workspace, messages, tasks, dialogs, unsaved, preferences, new DataChanges());
    }
}
