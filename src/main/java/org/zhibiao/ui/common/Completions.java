package org.zhibiao.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work another thread completes. */
public final class Completions {

    private Completions() {
    }

    /**
     * The result of {@code work}, once it is there; or its failure, thrown as it was thrown (a
     * runtime exception or an error, as work that is completed with {@code completeExceptionally} fails).
     */
    public static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }
}
