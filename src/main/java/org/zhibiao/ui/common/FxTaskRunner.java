package org.zhibiao.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/** Background work on named daemon threads; failures go to the given reporter on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newCachedThreadPool(new NamedThreads());
    private final Consumer<Throwable> failures;

    public FxTaskRunner(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    @Override
    public void run(Task<?> task) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> failures.accept(task.getException()));
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    private static final class NamedThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread t = new Thread(work, "zhibiao-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.log(Level.SEVERE, "uncaught in " + thread.getName(), e));
            return t;
        }
    }
}
