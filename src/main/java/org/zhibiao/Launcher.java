package org.zhibiao;

import org.zhibiao.app.Logging;
import org.zhibiao.cli.ZhibiaoCli;

/**
 * Entry point of the jar and the installed launcher: a command runs headless and exits; no
 * arguments open the desktop app. Not a JavaFX Application, so it starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.toLogFile();
        System.exit(ZhibiaoCli.run(args));
    }
}
