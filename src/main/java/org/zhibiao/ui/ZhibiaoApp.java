package org.zhibiao.ui;

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

/** The desktop app: wires the window, its model, the dialogs and the background runner. */
public final class ZhibiaoApp extends Application {

    private static final Logger LOG = Logger.getLogger(ZhibiaoApp.class.getName());

    private FxTaskRunner tasks;
    private MainViewModel model;

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = new UiPreferences(AppPaths.dataFolder().resolve("preferences.properties"));
        DialogService dialogs = new FxDialogService(() -> stage, () -> model.getMessages());
        tasks = new FxTaskRunner(problem -> report(dialogs, problem));
        model = new MainViewModel(tasks, preferences);
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        Thread.currentThread().setUncaughtExceptionHandler((thread, problem) -> uncaught(dialogs, problem));
        new MainWindow(stage, model, tasks, dialogs).show();
        model.openAtStart(AppPaths.defaultDatabase());
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
