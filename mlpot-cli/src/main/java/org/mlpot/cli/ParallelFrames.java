package org.mlpot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mlpot.data.Frame;
import org.mlpot.io.FrameReader;

/**
 * Streams the frames of a file through a computation on several threads, one frame per thread at a
 * time, and hands every frame and its result back in file order on the calling thread. Each frame
 * is computed exactly as on one thread, so the results do not depend on the number of threads; only
 * a few batches of frames are held at once.
 */
final class ParallelFrames implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    /**
     * Workers for {@code threads} threads (1 computes on the calling thread).
     *
     * @throws IllegalArgumentException when threads is less than 1
     */
    ParallelFrames(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "mlpot-frames");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads every frame of {@code reader}, checks it on the calling thread, computes its result on a
     * worker, and gives frame and result to {@code done} in file order on the calling thread.
     *
     * @param check called for every frame, in order, before it is computed (may throw to refuse it)
     * @param compute called on workers, concurrently: must be thread-safe
     * @param done called in file order on the calling thread
     * @return the number of frames
     */
    <T> long forEach(FrameReader reader, Consumer<Frame> check, Function<Frame, T> compute, BiConsumer<Frame, T> done) {
        Objects.requireNonNull(compute, "compute is null");
        int batchSize = pool == null ? 1 : 4 * threads;
        List<Frame> batch = new ArrayList<>(batchSize);
        long frames = 0;
        while (reader.hasNext()) {
            Frame frame = reader.next();
            check.accept(frame);
            batch.add(frame);
            if (batch.size() == batchSize) {
                frames += run(batch, compute, done);
            }
        }
        return frames + run(batch, compute, done);
    }

    private <T> int run(List<Frame> batch, Function<Frame, T> compute, BiConsumer<Frame, T> done) {
        int n = batch.size();
        if (pool == null) {
            for (Frame frame : batch) {
                done.accept(frame, compute.apply(frame));
            }
        } else {
            List<Future<T>> results = new ArrayList<>(n);
            for (Frame frame : batch) {
                results.add(pool.submit(() -> compute.apply(frame)));
            }
            for (int k = 0; k < n; k++) {
                done.accept(batch.get(k), result(results.get(k)));
            }
        }
        batch.clear();
        return n;
    }

    /** The future's value; what the computation threw is thrown as it is. */
    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while frames were computed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the workers. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
