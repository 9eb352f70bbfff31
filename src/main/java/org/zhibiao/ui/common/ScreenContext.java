package org.zhibiao.ui.common;

import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;

/**
 * What a screen gets: the open database, the language, the background runner, the dialogs, a
 * place to say that it holds unsaved changes (the window asks before they are lost), and the
 * user's preferences (where a screen keeps its divider positions).
 */
public record ScreenContext(Workspace workspace, Messages messages, TaskRunner tasks, DialogService dialogs,
                            UnsavedChanges unsaved, UiPreferences preferences) {
}
