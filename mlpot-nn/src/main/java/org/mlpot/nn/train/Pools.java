package org.mlpot.nn.train;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Runs training's parallel loops on a pool, or in the calling thread when there is none. */
final class Pools {
    private Pools() {
    }

    /**
     * Calls {@code body} for every index in [0, count), in parallel on {@code pool} (or sequentially
     * when it is null), and returns when all are done; an exception of the body is rethrown.
     */
    static void forEach(ForkJoinPool pool, int count, java.util.function.IntConsumer body) {
        if (pool == null) {
            IntStream.range(0, count).forEach(body);
            return;
        }
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
