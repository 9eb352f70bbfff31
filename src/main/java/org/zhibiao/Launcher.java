package org.zhibiao;

import java.nio.file.Path;
import javafx.application.Application;
import org.zhibiao.app.Logging;
import org.zhibiao.cli.ZhibiaoCli;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.ui.ZhibiaoApp;

/**
 * Entry point of the jar and the installed launcher: a command runs headless and exits; no
 * arguments open the desktop app; a {@code .zbs} snapshot as the only argument (a double-click)
 * opens the app on it, read-only. Not a JavaFX Application, so it starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.toLogFile();
        if (args.length == 0) {
            Application.launch(ZhibiaoApp.class);
        } else if (args.length == 1 && SnapshotService.isSnapshot(Path.of(args[0]))) {
            Application.launch(ZhibiaoApp.class, args);
        } else {
            System.exit(ZhibiaoCli.run(args));
        }
    }
}
