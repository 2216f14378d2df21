package org.mlpot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.gp.FitSettings;
import org.mlpot.gp.SparseGaussianProcessFit;
import org.mlpot.gp.SparsePoints;

/**
 * Fit time and heap of the sparse Gaussian process against the number of observations and of sparse
 * points M, on the bundled silicon GAP example: SOAP as in {@code examples/silicon-gap/silicon.mlpot}
 * (n_max 8, l_max 6, 4.3 Å: 252 features), dot product ζ 2, δ 7.8 eV, noise 4 meV/atom, 35 meV/Å,
 * 65 MPa, e0 = 0. Run from the repository root after
 * {@code mvn -B -ntp -q -o package -pl benchmarks -am -DskipTests}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessFitScaling [options]
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessFitScaling --large [options]
 * </pre>
 *
 * <p><b>Grid</b> (default): for every frame count F of {@code --frames} (default 50,100,200,400; at
 * most 431) the first F frames of {@code examples/data/si-sw.xyz.gz} after a seeded shuffle, each
 * with its energy, 3N forces and 6 stresses (≈ 199 observations per frame), and for every M of
 * {@code --points} (default 250,500,1000) M CUR sparse points chosen from the environments of those
 * F frames (a row says "skipped" when F frames have fewer than M environments); then one fit
 * ({@link SparseGaussianProcessFit#fitAndReport}).
 *
 * <p><b>{@code --large}</b>: the acceptance point "100 000 force and energy observations with
 * M = 2000 fit in a 2 GB heap". The frames are repeated, from the second pass on with every
 * coordinate displaced by a seeded Gaussian of 0.01 Å and the labels copied ({@link RattledRepeats}:
 * a memory and time benchmark, not an accuracy one), until they hold {@code --observations} (default
 * 100 000) energy and force observations; stresses are left out. M from {@code --points} (default
 * 2000). Run it with {@code java -Xmx2g}: finishing at all is the test. With the full SOAP it takes
 * long on a few cores; {@code --soap 6,4} (or smaller) makes the descriptor, and so the row building,
 * cheaper, without changing the M×M algebra.
 *
 * <p>Options: {@code --frames F1,F2,...} (grid only), {@code --points M1,M2,...},
 * {@code --threads n} (default: all processors; threads that build observation rows and compute the
 * environments), {@code --block-rows n} (rows per QR update, default
 * {@value FitSettings#DEFAULT_BLOCK_ROWS}), {@code --soap n_max,l_max}, {@code --large},
 * {@code --observations n} (with {@code --large} only).
 *
 * <p>Printed per fit: frames, observations ({@code report.observations()}), M, the time to choose the
 * sparse points (once the environments are known), the fit's wall time, and its heap as
 * {@link HeapPeak} measures it: the baseline after a collection before the fit, the largest sampled
 * use (a lower bound of the peak) and the sum of the heap pools' peaks (an upper bound); last the
 * size of one M×M matrix of doubles, M²·8 B, the scale of what the fit must keep. A small fit runs
 * first to warm up the JIT, and its numbers are not printed.
 */
public final class GaussianProcessFitScaling {
    private static final long SEED = 7;
    private static final double MIB = 1024.0 * 1024.0;
    /** Frames in {@link SiliconGap#DATA}. */
    private static final int DATA_FRAMES = 431;

    private GaussianProcessFitScaling() {
    }

    /**
     * What to run.
     *
     * @param frames frame counts of the grid
     * @param points sparse point counts
     * @param threads threads of the fit and of the environments
     * @param blockRows rows per QR update
     * @param soapSize {@code {n_max, l_max}}, or empty for the example's
     * @param large whether to run the large point instead of the grid
     * @param observations energy and force observations of the large point
     */
    record Options(int[] frames, int[] points, int threads, int blockRows, Optional<int[]> soapSize, boolean large,
                   long observations) {
        static final String USAGE = "usage: java -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessFitScaling"
                + " [--frames 50,100,200,400] [--points 250,500,1000] [--threads n] [--block-rows n] [--soap n_max,l_max]\n"
                + "       java -Xmx2g -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessFitScaling --large"
                + " [--observations 100000] [--points 2000] [--threads n] [--block-rows n] [--soap n_max,l_max]";

        /**
         * Reads the command line.
         *
         * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one
         */
        static Options parse(String[] args) {
            int[] frames = null;
            int[] points = null;
            int threads = Runtime.getRuntime().availableProcessors();
            int blockRows = FitSettings.DEFAULT_BLOCK_ROWS;
            Optional<int[]> soap = Optional.empty();
            boolean large = false;
            Long observations = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--frames" -> frames = BenchArguments.positiveInts(args[i], BenchArguments.value(args, i++));
                    case "--points" -> points = BenchArguments.positiveInts(args[i], BenchArguments.value(args, i++));
                    case "--threads" -> threads = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--block-rows" -> blockRows = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--soap" -> soap = Optional.of(BenchArguments.soapSize(args[i], BenchArguments.value(args, i++)));
                    case "--observations" -> observations = (long) BenchArguments.positiveInt(args[i],
                            BenchArguments.value(args, i++));
                    case "--large" -> large = true;
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (large && frames != null) {
                throw new IllegalArgumentException("--frames is for the grid; --large sets its size with --observations");
            }
            if (!large && observations != null) {
                throw new IllegalArgumentException("--observations is for --large; the grid sets its size with --frames");
            }
            if (frames != null) {
                for (int f : frames) {
                    if (f > DATA_FRAMES) {
                        throw new IllegalArgumentException("--frames " + f + ": " + SiliconGap.DATA + " has " + DATA_FRAMES
                                + " frames; use --large for more observations");
                    }
                }
            }
            return new Options(frames != null ? frames : new int[] {50, 100, 200, 400},
                    points != null ? points : large ? new int[] {2000} : new int[] {250, 500, 1000}, threads, blockRows,
                    soap, large, observations != null ? observations : 100_000L);
        }
    }

    /**
     * Prints the table; exits with status 2 and a message on a bad command line, or when the example's
     * spec or data are not found (not started from the repository root) or the spec does not compile.
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SiliconGap.Setup setup = SiliconGap.loadOrExit(options.soapSize(), SEED);
        Descriptor descriptor = setup.descriptor();
        List<Frame> frames = setup.frames();
        FitSettings settings = SiliconGap.settings(options.threads(), options.blockRows());
        System.out.printf(Locale.ROOT, "# SOAP: %d features; threads %d; block rows %d; max heap %.0f MiB; Java %s%n",
                descriptor.size(SiliconGap.SILICON), options.threads(), options.blockRows(),
                Runtime.getRuntime().maxMemory() / MIB, System.getProperty("java.version"));
        warmUp(descriptor, frames, settings);
        if (options.large()) {
            RattledRepeats stream = RattledRepeats.withObservations(frames, options.observations(), SEED);
            System.out.printf(Locale.ROOT, "# large: %d frames (%d of them repeats rattled by %.2f Å), %d energy and"
                    + " force observations, no stress%n", stream.size(), Math.max(0, stream.size() - frames.size()),
                    RattledRepeats.RATTLE, stream.observations());
            printHeader();
            for (Chosen chosen : choose(descriptor, stream, options.points(), options.threads())) {
                run(descriptor, settings, stream, stream.size(), chosen);
            }
            return;
        }
        printHeader();
        for (int f : options.frames()) {
            List<Frame> used = frames.subList(0, f);
            for (Chosen chosen : choose(descriptor, used, options.points(), options.threads())) {
                run(descriptor, settings, used, f, chosen);
            }
        }
    }

    /** A fit of a few frames whose numbers are not printed, so that the first row is not the JIT's. */
    private static void warmUp(Descriptor descriptor, List<Frame> frames, FitSettings settings) {
        List<Frame> few = frames.subList(0, 3);
        SparsePoints sparse = SiliconGap.curPoints(SiliconGap.environments(descriptor, few, settings.threads()), 50, SEED);
        new SparseGaussianProcessFit(descriptor, SiliconGap.kernel(), sparse, settings).fit("warm-up", few);
    }

    private static void printHeader() {
        System.out.printf(Locale.ROOT, "%7s %13s %6s %9s %9s %10s %12s %14s %10s%n", "frames", "observations", "M",
                "select s", "fit s", "base MiB", "sampled MiB", "pool-peak MiB", "M²·8 MiB");
    }

    /**
     * The sparse points of one row of the table: M of them chosen in {@code seconds}, or none, with the
     * reason, when the frames have too few environments.
     */
    private record Chosen(int m, Optional<SparsePoints> sparse, double seconds, String skipped) {
    }

    /**
     * CUR sparse points for every M, all chosen before any fit so that the environments they come from
     * are garbage by the time the heap is measured.
     */
    private static List<Chosen> choose(Descriptor descriptor, Iterable<Frame> frames, int[] points, int threads) {
        double[][] environments = SiliconGap.environments(descriptor, frames, threads);
        List<Chosen> chosen = new ArrayList<>();
        for (int m : points) {
            long started = System.nanoTime();
            try {
                SparsePoints sparse = SiliconGap.curPoints(environments, m, SEED);
                chosen.add(new Chosen(m, Optional.of(sparse), (System.nanoTime() - started) * 1e-9, ""));
            } catch (IllegalArgumentException e) {
                chosen.add(new Chosen(m, Optional.empty(), 0, e.getMessage()));
            }
        }
        return chosen;
    }

    /** Fits once with the chosen sparse points and prints the row. */
    private static void run(Descriptor descriptor, FitSettings settings, Iterable<Frame> frames, int frameCount,
                            Chosen chosen) {
        int m = chosen.m();
        if (chosen.sparse().isEmpty()) {
            System.out.printf(Locale.ROOT, "%7d %13s %6d  skipped: %s%n", frameCount, "-", m, chosen.skipped());
            return;
        }
        SparsePoints sparse = chosen.sparse().get();
        double select = chosen.seconds();
        SparseGaussianProcessFit fit = new SparseGaussianProcessFit(descriptor, SiliconGap.kernel(), sparse, settings);
        HeapPeak meter = new HeapPeak();
        meter.start();
        long started = System.nanoTime();
        SparseGaussianProcessFit.Report report;
        try {
            report = fit.fitAndReport("si-gap-bench", frames);
        } catch (OutOfMemoryError e) {
            meter.stop();
            System.out.printf(Locale.ROOT, "%7d %13s %6d  out of memory after %.1f s with a max heap of %.0f MiB%n",
                    frameCount, "-", m, (System.nanoTime() - started) * 1e-9, Runtime.getRuntime().maxMemory() / MIB);
            return;
        }
        double seconds = (System.nanoTime() - started) * 1e-9;
        HeapPeak.Peak peak = meter.stop();
        System.out.printf(Locale.ROOT, "%7d %13d %6d %9.2f %9.2f %10.1f %12.1f %14.1f %10.2f%n", frameCount,
                report.observations(), m, select, seconds, peak.baselineBytes() / MIB, peak.sampledBytes() / MIB,
                peak.poolPeakBytes() / MIB, 8.0 * m * m / MIB);
    }
}
