package org.zhibiao.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.concurrent.Task;
import org.zhibiao.app.StartPhases;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.InitService;

/**
 * Opens a database in the background; creates it first when asked (new, or the demo at first
 * start), built aside and moved into place when complete. Or waits for the database the app
 * started opening before its window was up.
 */
final class OpenDatabaseTask extends Task<Workspace> {

    /** What to do with the file. */
    enum Mode { OPEN, CREATE, OPEN_OR_CREATE_DEMO, READ_ONLY }

    private final Path file;
    private final Messages messages;
    private final String runningKey;
    private final Callable<Workspace> opening;

    OpenDatabaseTask(Path file, Mode mode, String home, Messages messages) {
        this(file, messages, runningKey(file, mode), () -> open(file, mode, home));
    }

    OpenDatabaseTask(StartingDatabase starting, Messages messages) {
        this(starting.file(), messages, runningKey(starting.file(), starting.mode()), starting::await);
    }

    private OpenDatabaseTask(Path file, Messages messages, String runningKey, Callable<Workspace> opening) {
        this.file = file;
        this.messages = messages;
        this.runningKey = runningKey;
        this.opening = opening;
    }

    @Override
    protected Workspace call() throws Exception {
        updateProgress(-1, 1);
        updateMessage(messages.get(runningKey, file.getFileName()));
        Workspace workspace = opening.call();
        updateMessage(messages.get("ui.status.opened", file.getFileName()));
        updateProgress(1, 1);
        return workspace;
    }

    /** What the status bar says while the file is opened or created. */
    private static String runningKey(Path file, Mode mode) {
        if (mode == Mode.CREATE) {
            return "ui.status.creating";
        }
        return createsDemo(file, mode) ? "ui.status.creatingDemo" : "ui.status.opening";
    }

    private static boolean createsDemo(Path file, Mode mode) {
        return mode == Mode.OPEN_OR_CREATE_DEMO && file.toFile().length() == 0;
    }

    /** Opens the file as {@code mode} says, in the calling thread. */
    static Workspace open(Path file, Mode mode, String home) {
        if (mode == Mode.READ_ONLY) {
            return opened(Workspace.openReadOnly(file));
        }
        if (mode == Mode.CREATE) {
            Workspace.create(file, w -> {
                w.init().initialise(home, true);
                return file;
            });
        } else if (createsDemo(file, mode)) {
            Workspace.create(file, w -> {
                w.init().initialise(InitService.DEFAULT_HOME, true);
                return w.demo().generate();
            });
            StartPhases.mark("demo created");
        }
        return opened(Workspace.open(file));
    }

    private static Workspace opened(Workspace workspace) {
        StartPhases.mark("database open");
        return workspace;
    }
}
