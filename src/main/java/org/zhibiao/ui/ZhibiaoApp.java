package org.zhibiao.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.zhibiao.app.AppPaths;
import org.zhibiao.app.StartPhases;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.FxDialogService;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.UiPreferences;

/**
 * The desktop app: wires the window, its model, the dialogs and the background runner. Given a
 * file (a {@code .zbs} snapshot double-clicked), it opens that file read-only.
 */
public final class ZhibiaoApp extends Application {

    private static final Logger LOG = Logger.getLogger(ZhibiaoApp.class.getName());

    private static UiPreferences preferences;
    private static StartingDatabase starting;

    private FxTaskRunner tasks;
    private MainViewModel model;

    /**
     * Starts opening the database the window will show (the last one, or the demo) before the
     * toolkit is started, so the two go on side by side; for a start without a file to open.
     */
    public static void openDatabaseEarly() {
        starting = StartingDatabase.begin(preferences(), AppPaths.defaultDatabase(),
                Messages.forLanguage(preferences().language()));
    }

    private static synchronized UiPreferences preferences() {
        if (preferences == null) {
            preferences = new UiPreferences(AppPaths.dataFolder().resolve("preferences.properties"),
                    Locale.getDefault());
        }
        return preferences;
    }

    @Override
    public void start(Stage stage) {
        StartPhases.mark("toolkit up");
        UiPreferences preferences = preferences();
        DialogService dialogs = new FxDialogService(() -> stage, () -> model.getMessages());
        tasks = new FxTaskRunner(problem -> report(dialogs, problem));
        model = new MainViewModel(tasks, preferences);
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        Thread.currentThread().setUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        List<String> files = getParameters().getRaw();
        if (starting != null) {
            model.openAtStart(starting);
        } else if (files.isEmpty()) {
            model.openAtStart(AppPaths.defaultDatabase());
        } else {
            model.openReadOnly(Path.of(files.get(0)));
        }
        new MainWindow(stage, model, tasks, dialogs).show();
        StartPhases.mark("window shown");
    }

    @Override
    public void stop() {
        model.close();
        tasks.close();
    }

    private static void uncaught(DialogService dialogs, Throwable problem) {
        LOG.log(Level.SEVERE, "uncaught exception", problem);
        Platform.runLater(() -> dialogs.showError(problem));
    }

    private static void report(DialogService dialogs, Throwable problem) {
        LOG.log(Level.SEVERE, "background work failed", problem);
        dialogs.showError(problem);
    }
}
