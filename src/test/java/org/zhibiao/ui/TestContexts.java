package org.zhibiao.ui;

import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.UnsavedChanges;

/** What a screen under test gets from the main window: Chinese, work on the same thread, dialogs recorded. */
public final class TestContexts {

    private TestContexts() {
    }

    public static ScreenContext chinese(Workspace workspace) {
        return new ScreenContext(workspace, Messages.of(Messages.CHINESE), new SameThreadTaskRunner(),
                new RecordingDialogs(), new UnsavedChanges());
    }
}
