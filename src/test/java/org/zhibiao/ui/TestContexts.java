package org.zhibiao.ui;

import java.util.Locale;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UnsavedChanges;

/** What a screen under test gets from the main window: Chinese (or English), work on the same thread, dialogs recorded. */
public final class TestContexts {

    private TestContexts() {
    }

    public static ScreenContext chinese(Workspace workspace) {
        return in(workspace, Messages.CHINESE);
    }

    public static ScreenContext english(Workspace workspace) {
        return in(workspace, Messages.ENGLISH);
    }

    private static ScreenContext in(Workspace workspace, Locale language) {
        return new ScreenContext(workspace, Messages.of(language), new SameThreadTaskRunner(),
                new RecordingDialogs(), new UnsavedChanges(),
                new UiPreferences(workspace.file().resolveSibling("preferences.properties"), language));
    }
}
