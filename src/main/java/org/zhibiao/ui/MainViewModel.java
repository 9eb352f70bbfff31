package org.zhibiao.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.zhibiao.app.DatabaseRestore;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.TaskRunner;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UserMessages;

/** The main window's state: the open database, the language, the selected screen, background progress. */
public final class MainViewModel {

    /** How often the open database is asked whether another user changed it. */
    private static final Duration CHANGE_CHECKS = Duration.ofSeconds(2);

    private final TaskRunner tasks;
    private final UiPreferences preferences;
    private final ObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>();
    private final StringProperty selectedScreen = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalTime> updatedElsewhere = new ReadOnlyObjectWrapper<>();
    private final ChangeWatcher changes;

    public MainViewModel(TaskRunner tasks, UiPreferences preferences) {
        this(tasks, preferences, CHANGE_CHECKS);
    }

    /** A model that asks the open database for other users' changes every {@code changeChecks}. */
    public MainViewModel(TaskRunner tasks, UiPreferences preferences, Duration changeChecks) {
        this.tasks = tasks;
        this.preferences = preferences;
        this.changes = new ChangeWatcher(changeChecks, changed -> updatedElsewhere.set(LocalTime.now()));
        messages.set(Messages.forLanguage(preferences.language()));
        selectedScreen.set(Screens.all().get(0).id());
        title.bind(Bindings.createStringBinding(this::computeTitle, workspace, messages));
    }

    /** The last database if it is still there, else the default one, created as the demo if new. */
    public void openAtStart(Path defaultDatabase) {
        openAtStart(StartingDatabase.begin(preferences, defaultDatabase, getMessages()));
    }

    /**
     * Shows the database at start that {@code starting} is opening (begun before the window was up):
     * at once if it is open already, else when it is.
     */
    public void openAtStart(StartingDatabase starting) {
        starting.openedAlready().ifPresentOrElse(opened -> {
            show(opened);
            setStatus(getMessages().get("ui.status.opened", opened.file().getFileName()));
        }, () -> start(starting.file(), new OpenDatabaseTask(starting, getMessages())));
    }

    public void open(Path file) {
        start(file, new OpenDatabaseTask(file, OpenDatabaseTask.Mode.OPEN, null, getMessages()));
    }

    /** Opens a database or snapshot without ever writing to it (supervisors). */
    public void openReadOnly(Path file) {
        start(file, new OpenDatabaseTask(file, OpenDatabaseTask.Mode.READ_ONLY, null, getMessages()));
    }

    /**
     * Connects to a database on a server, for writing if the login may write, else read-only. The
     * password stays in memory; the address, without it, is remembered for the next time. When the
     * connection fails, the database open before stays open and the status bar says why.
     */
    public void connect(ServerAddress server, String password) {
        Messages m = getMessages();
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() {
                updateProgress(-1, 1);
                updateMessage(m.get("ui.status.opening", server.label()));
                Workspace opened = Workspace.connect(server, password);
                updateMessage(m.get("ui.status.opened", server.label()));
                updateProgress(1, 1);
                return opened;
            }
        };
        openIn(task, () -> status.set(UserMessages.sentence(task.getException(), m)
                + (workspace.get() == null ? "" : " " + m.get("connect.status.kept", databaseName()))));
    }

    /** The open database as people name it: its file's name, or {@code host:port/database} on a server. */
    public String databaseName() {
        Workspace w = workspace.get();
        return w.server() != null ? w.server().label() : w.file().getFileName().toString();
    }

    /** A sentence for the status bar, e.g. when background work finished. */
    public void setStatus(String text) {
        if (!status.isBound()) {
            status.set(text);
        }
    }

    public void create(Path file, String homeRegion) {
        start(file, new OpenDatabaseTask(file, OpenDatabaseTask.Mode.CREATE, homeRegion, getMessages()));
    }

    /** Shows a database that is already open (used by the app's own tests and embedders). */
    public void show(Workspace opened) {
        Workspace previous = workspace.get();
        changes.watch(opened);
        updatedElsewhere.set(null);
        workspace.set(opened);
        if (opened.server() != null) {
            preferences.setLastServer(opened.server());
        } else if (!opened.isReadOnly()) {
            preferences.setLastDatabase(opened.file());
        }
        if (previous != null && previous != opened) {
            previous.close();
        }
    }

    public void setLanguage(String language) {
        preferences.setLanguage(language);
        messages.set(Messages.forLanguage(language));
        if (!status.isBound()) {
            status.set(workspace.get() == null ? "" : getMessages().get("ui.status.opened", databaseName()));
        }
    }

    public UiPreferences preferences() {
        return preferences;
    }

    public void close() {
        changes.close();
        if (workspace.get() != null) {
            workspace.get().close();
            workspace.set(null);
        }
    }

    /**
     * Runs work on the open database in the background: the status bar says {@code running} with a
     * progress bar, then what {@code done} sets, or why the work failed (the error is also shown).
     */
    public <T> void work(String running, Callable<T> work, Consumer<? super T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                updateMessage(running);
                return work.call();
            }
        };
        follow(task);
        task.setOnSucceeded(e -> {
            finish();
            status.set("");
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            status.set(UserMessages.sentence(task.getException(), getMessages()));
        });
        tasks.run(task);
    }

    /**
     * Replaces the open database by a checked backup and opens it; the database as it was is kept
     * as the staged safety copy. When the restore fails, the database is opened again as it was.
     */
    public void restore(DatabaseRestore.Staged staged) {
        Workspace current = workspace.get();
        Messages m = getMessages();
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() {
                updateProgress(-1, 1);
                updateMessage(m.get("files.restore.running", staged.backup().getFileName()));
                DatabaseRestore.replace(current, staged);
                return Workspace.open(staged.target());
            }
        };
        busy.set(true);
        changes.watch(null);
        workspace.set(null);
        follow(task);
        task.setOnSucceeded(e -> {
            finish();
            show(task.getValue());
            status.set(m.get("files.restore.done", staged.backup(), staged.safetyCopy()));
        });
        task.setOnFailed(e -> {
            finish();
            open(staged.target());
        });
        tasks.run(task);
    }

    private void follow(Task<?> task) {
        status.bind(task.messageProperty());
        progress.bind(task.progressProperty());
    }

    private void start(Path file, OpenDatabaseTask task) {
        openIn(task, () -> status.set(workspace.get() == null
                ? getMessages().get("ui.status.failed", file.getFileName())
                : getMessages().get("ui.status.failedKept", file.getFileName(), databaseName())));
    }

    /**
     * Opens the database {@code task} opens in the background, the status bar following it, and
     * shows it; when it fails, the database open before stays and {@code failed} says why.
     */
    private void openIn(Task<Workspace> task, Runnable failed) {
        busy.set(true);
        follow(task);
        task.setOnSucceeded(e -> {
            finish();
            show(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            failed.run();
        });
        tasks.run(task);
    }

    private void finish() {
        status.unbind();
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    private String computeTitle() {
        Messages m = messages.get();
        Workspace w = workspace.get();
        if (w == null) {
            return m.get("ui.title.none");
        }
        String name = databaseName();
        return w.isReadOnly() ? m.get("ui.title.readOnly", name) : m.get("ui.title.database", name);
    }

    /** When another process or PC last changed the open database (null: not since it was opened). */
    public ReadOnlyObjectProperty<LocalTime> updatedElsewhereProperty() {
        return updatedElsewhere.getReadOnlyProperty();
    }

    /** How many times the open databases were asked for other users' changes so far. */
    public int changeChecks() {
        return changes.checks();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public Workspace getWorkspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Messages getMessages() {
        return messages.get();
    }

    public StringProperty selectedScreenProperty() {
        return selectedScreen;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }
}
