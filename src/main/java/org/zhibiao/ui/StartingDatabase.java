package org.zhibiao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Completions;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.dashboard.DashboardViewModel;

/**
 * The database the window opens at start: the last one used if it is still there, else the
 * default one, created as the demo if new. It is opened, and the dashboard's first view of it
 * computed, on a thread of its own that the app starts before the toolkit, so both are under way
 * while the toolkit starts and the window is built.
 */
public final class StartingDatabase {

    private final Path file;
    private final OpenDatabaseTask.Mode mode;
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();

    private StartingDatabase(Path file, OpenDatabaseTask.Mode mode) {
        this.file = file;
        this.mode = mode;
    }

    /** Chooses the database as the preferences say and starts opening it, in {@code messages}' language. */
    public static StartingDatabase begin(UiPreferences preferences, Path defaultDatabase, Messages messages) {
        Path last = preferences.lastDatabase().filter(Files::isRegularFile).orElse(defaultDatabase);
        StartingDatabase starting = new StartingDatabase(last, last.equals(defaultDatabase)
                ? OpenDatabaseTask.Mode.OPEN_OR_CREATE_DEMO : OpenDatabaseTask.Mode.OPEN);
        Thread thread = new Thread(() -> starting.open(messages), "zhibiao-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    private void open(Messages messages) {
        Workspace workspace;
        try {
            workspace = OpenDatabaseTask.open(file, mode, null);
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
            return;
        }
        Runnable firstView = DashboardViewModel.prepare(workspace, messages);
        opened.complete(workspace);
        firstView.run();
    }

    Path file() {
        return file;
    }

    OpenDatabaseTask.Mode mode() {
        return mode;
    }

    /** The database if it is open already, else empty (still opening, or failed). */
    Optional<Workspace> openedAlready() {
        return opened.isDone() && !opened.isCompletedExceptionally() ? Optional.of(opened.join()) : Optional.empty();
    }

    /** The open database, once it is; or the failure to open it, as it was thrown. */
    Workspace await() {
        return Completions.await(opened);
    }
}
