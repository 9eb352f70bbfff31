package org.zhibiao;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.zhibiao.app.AppPaths;
import org.zhibiao.app.Logging;
import org.zhibiao.app.StartPhases;
import org.zhibiao.cli.ExitCodes;
import org.zhibiao.cli.ZhibiaoCli;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.storage.NativeLibrary;
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
        boolean desktop = args.length == 0 || args.length == 1 && SnapshotService.isSnapshot(Path.of(args[0]));
        if (desktop) {
            StartPhases.mark("main");
        }
        Logging.toLogFile();
        NativeLibrary.useFolder(AppPaths.nativeLibraryFolder());
        if (desktop) {
            launchDesktop(args);
        } else {
            System.exit(ZhibiaoCli.run(args));
        }
    }

    /** The desktop app; where there is no display (a server, an SSH session) a sentence says so. */
    private static void launchDesktop(String[] args) {
        try {
            if (args.length == 0) {
                ZhibiaoApp.openDatabaseEarly();
            }
            Application.launch(ZhibiaoApp.class, args);
        } catch (UnsupportedOperationException noDisplay) {
            Logger.getLogger(Launcher.class.getName()).log(Level.INFO, "no display", noDisplay);
            System.err.println(Messages.forLanguage(null).get("cli.error.noDisplay"));
            System.exit(ExitCodes.FAILED);
        }
    }
}
