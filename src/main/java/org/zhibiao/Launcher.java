package org.zhibiao;

import javafx.application.Application;
import org.zhibiao.app.Logging;
import org.zhibiao.cli.ZhibiaoCli;
import org.zhibiao.ui.ZhibiaoApp;

/**
 * Entry point of the jar and the installed launcher: a command runs headless and exits; no
 * arguments open the desktop app. Not a JavaFX Application, so it starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.toLogFile();
        if (args.length == 0) {
            Application.launch(ZhibiaoApp.class);
        } else {
            System.exit(ZhibiaoCli.run(args));
        }
    }
}
