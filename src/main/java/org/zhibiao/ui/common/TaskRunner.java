package org.zhibiao.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work off the FX thread. A task's handlers run on the FX thread; a failure is always
 * logged and reported to the user, never dropped.
 */
public interface TaskRunner {

    void run(Task<?> task);

    /** Runs {@code work} in the background and hands its result to {@code onSuccess} on the FX thread. */
    default <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, () -> { });
    }

    /** As {@link #run(Callable, Consumer)}, with {@code onFailure} run after the failure was reported. */
    default <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Runnable onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.run());
        run(task);
    }
}
