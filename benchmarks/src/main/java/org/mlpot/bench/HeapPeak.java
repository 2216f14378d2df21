package org.mlpot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap used while a piece of code runs, measured in two ways that bracket the true peak:
 * <ul>
 * <li><b>sampled</b>: the largest {@link MemoryMXBean#getHeapMemoryUsage()} used value seen by a
 *     daemon thread every {@value #SAMPLE_MILLIS} ms. A lower bound: a peak between two samples is
 *     missed.</li>
 * <li><b>pool peaks</b>: the sum over the heap's memory pools (eden, survivor, old generation) of
 *     {@link MemoryPoolMXBean#getPeakUsage()} used, after {@link MemoryPoolMXBean#resetPeakUsage()}
 *     at the start. An upper bound: each pool peaks at its own time (eden just before a young
 *     collection, the old generation later), and the sum counts them as if at once.</li>
 * </ul>
 * Both count garbage not yet collected as used, so a run with a small {@code -Xmx} reads lower than
 * one with a large heap; the only hard test of "fits in X" is a run with {@code -Xmx}X. Measurement
 * starts with a {@link System#gc()}, whose result is the {@linkplain Peak#baselineBytes() baseline}:
 * what the program held before (the data, the sparse points). One measurement at a time.
 */
final class HeapPeak {
    /** Sampling period, ms. */
    static final long SAMPLE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final AtomicLong sampledMax = new AtomicLong();
    private volatile boolean sampling;
    private Thread sampler;
    private long baseline;

    /** A meter for this JVM's heap. */
    HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
    }

    /**
     * What was measured, bytes.
     *
     * @param baselineBytes heap used right after the collection at the start
     * @param sampledBytes the largest sampled heap use (a lower bound of the peak)
     * @param poolPeakBytes the sum of the heap pools' peaks (an upper bound of the peak)
     */
    record Peak(long baselineBytes, long sampledBytes, long poolPeakBytes) {
    }

    /** Collects garbage, resets the pool peaks and starts sampling. */
    void start() {
        if (sampling) {
            throw new IllegalStateException("already measuring");
        }
        System.gc();
        baseline = memory.getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : pools) {
            pool.resetPeakUsage();
        }
        sampledMax.set(baseline);
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                sampledMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling and returns the peaks since {@link #start()}. */
    Peak stop() {
        if (!sampling) {
            throw new IllegalStateException("not measuring");
        }
        sampledMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : pools) {
            poolPeaks += pool.getPeakUsage().getUsed();
        }
        sampling = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Peak(baseline, sampledMax.get(), poolPeaks);
    }
}
