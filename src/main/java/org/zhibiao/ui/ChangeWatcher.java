package org.zhibiao.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.zhibiao.app.Workspace;

/**
 * Asks the open database every few seconds, on a thread of its own, whether another process or
 * PC committed a change ({@link Workspace#changedElsewhere()}); when it did, tells the window on
 * the FX thread. Nothing else happens while nothing changed.
 */
final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChangeWatcher.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "zhibiao-changes");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration interval;
    private final Consumer<Workspace> changed;
    private final AtomicInteger checks = new AtomicInteger();
    private ScheduledFuture<?> running;
    private volatile Workspace watched;

    /** {@code changed} runs on the FX thread with the database that changed, while it is still the one watched. */
    ChangeWatcher(Duration interval, Consumer<Workspace> changed) {
        this.interval = interval;
        this.changed = changed;
    }

    /** Watches {@code workspace} from now on (null: nothing) instead of the one before. */
    void watch(Workspace workspace) {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        watched = workspace;
        if (workspace != null) {
            running = timer.scheduleWithFixedDelay(() -> check(workspace), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** How many times a database was asked, for a window that wants to know that it is being watched. */
    int checks() {
        return checks.get();
    }

    private void check(Workspace workspace) {
        try {
            boolean changedNow = workspace.changedElsewhere();
            checks.incrementAndGet();
            if (changedNow) {
                Platform.runLater(() -> {
                    if (watched == workspace) {
                        changed.accept(workspace);
                    }
                });
            }
        } catch (RuntimeException e) {
            if (watched == workspace) {
                LOG.log(Level.WARNING, "could not ask the database for changes", e);
            }
        }
    }

    @Override
    public void close() {
        watch(null);
        timer.shutdownNow();
    }
}
