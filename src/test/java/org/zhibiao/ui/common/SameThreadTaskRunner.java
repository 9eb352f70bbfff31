package org.zhibiao.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work at once on the calling thread; a failure fails the test. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public void run(Task<?> task) {
        task.run();
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("background work failed", e.getCause());
        }
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Runnable onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.run();
            throw new IllegalStateException("background work failed", e);
        }
        onSuccess.accept(result);
    }
}
