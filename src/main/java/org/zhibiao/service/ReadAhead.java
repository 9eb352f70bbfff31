package org.zhibiao.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Reads the files of an import run on every core while the one writer stores them: the results
 * come back in the files' order, at most a few files ahead of the writer so memory stays bounded.
 * There are more readers than cores: a reader spends part of its time waiting for the disk to
 * flush an archive copy, and the disk takes several flushes at once about as fast as one.
 */
final class ReadAhead<F, R> implements AutoCloseable {

    private static final int THREADS = 4 * Runtime.getRuntime().availableProcessors();
    private static final int AHEAD = 2 * THREADS;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "import-read");
        t.setDaemon(true);
        return t;
    });
    private final Iterator<F> files;
    private final Function<F, R> read;
    private final Deque<CompletableFuture<R>> pending = new ArrayDeque<>();

    ReadAhead(List<F> files, Function<F, R> read) {
        this.files = files.iterator();
        this.read = read;
        fill();
    }

    /** The next file's result, in the files' order; what reading it threw is thrown here. */
    R next() {
        CompletableFuture<R> head = pending.removeFirst();
        fill();
        try {
            return head.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void fill() {
        while (pending.size() < AHEAD && files.hasNext()) {
            F file = files.next();
            pending.addLast(CompletableFuture.supplyAsync(() -> read.apply(file), pool));
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(false));
        pool.shutdownNow();
    }
}
