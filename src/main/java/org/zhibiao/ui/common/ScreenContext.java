package org.zhibiao.ui.common;

import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;

/**
 * What a screen gets: the open database, the language, the background runner, the dialogs, and
 * a place to say that it holds unsaved changes (the window asks before they are lost).
 */
public record ScreenContext(Workspace workspace, Messages messages, TaskRunner tasks, DialogService dialogs,
                            UnsavedChanges unsaved) {
}
