package org.zhibiao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Technical detail (stack traces, library warnings) goes to the log file in the data folder,
 * never to the user's screen or terminal: {@code zhibiao.log}, appended to and started afresh past
 * 5 MB; a second process running at the same time writes {@code zhibiao.log.1} (java.util.logging's
 * FileHandler).
 */
public final class Logging {

    /** The log starts afresh when it passes this size. */
    private static final int LIMIT_BYTES = 5_000_000;

    private Logging() {
    }

    public static void toLogFile() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        try {
            Files.createDirectories(AppPaths.dataFolder());
            FileHandler file = new FileHandler(AppPaths.logFile().toString(), LIMIT_BYTES, 1, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
        }
    }
}
