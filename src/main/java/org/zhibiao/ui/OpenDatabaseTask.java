package org.zhibiao.ui;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.InitService;

/**
 * Opens a database in the background; creates it first when asked (new, or the demo at first
 * start), built aside and moved into place when complete.
 */
final class OpenDatabaseTask extends Task<Workspace> {

    /** What to do with the file. */
    enum Mode { OPEN, CREATE, OPEN_OR_CREATE_DEMO, READ_ONLY }

    private final Path file;
    private final Mode mode;
    private final String home;
    private final Messages messages;

    OpenDatabaseTask(Path file, Mode mode, String home, Messages messages) {
        this.file = file;
        this.mode = mode;
        this.home = home;
        this.messages = messages;
    }

    @Override
    protected Workspace call() {
        updateProgress(-1, 1);
        updateMessage(messages.get("ui.status.opening", file.getFileName()));
        if (mode == Mode.READ_ONLY) {
            return opened(Workspace.openReadOnly(file));
        }
        if (mode == Mode.CREATE) {
            updateMessage(messages.get("ui.status.creating", file.getFileName()));
            Workspace.create(file, w -> {
                w.init().initialise(home, true);
                return file;
            });
        } else if (mode == Mode.OPEN_OR_CREATE_DEMO && file.toFile().length() == 0) {
            updateMessage(messages.get("ui.status.creatingDemo"));
            Workspace.create(file, w -> {
                w.init().initialise(InitService.DEFAULT_HOME, true);
                return w.demo().generate();
            });
        }
        return opened(Workspace.open(file));
    }

    private Workspace opened(Workspace workspace) {
        updateMessage(messages.get("ui.status.opened", file.getFileName()));
        updateProgress(1, 1);
        return workspace;
    }
}
