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

    private FxTaskRunner tasks;
    private MainViewModel model;

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = new UiPreferences(AppPaths.dataFolder().resolve("preferences.properties"),
                Locale.getDefault());
        DialogService dialogs = new FxDialogService(() -> stage, () -> model.getMessages());
        tasks = new FxTaskRunner(problem -> report(dialogs, problem));
        model = new MainViewModel(tasks, preferences);
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        Thread.currentThread().setUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        new MainWindow(stage, model, tasks, dialogs).show();
        List<String> files = getParameters().getRaw();
        if (files.isEmpty()) {
            model.openAtStart(AppPaths.defaultDatabase());
        } else {
            model.openReadOnly(Path.of(files.get(0)));
        }
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
