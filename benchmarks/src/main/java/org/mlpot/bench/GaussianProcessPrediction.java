package org.mlpot.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.gp.FitSettings;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.gp.SparseGaussianProcessFit;
import org.mlpot.gp.SparsePoints;
import org.mlpot.potential.Property;
import org.mlpot.structure.Structure;

/**
 * Prediction cost per atom of a sparse Gaussian-process potential: fits the bundled silicon GAP
 * example once (SOAP n_max 8, l_max 6 as in {@code examples/silicon-gap/silicon.mlpot}, dot product
 * ζ 2, δ 7.8 eV, noise 4 meV/atom, 35 meV/Å, 65 MPa, e0 = 0; {@code --frames} training frames,
 * default 300, of {@code examples/data/si-sw.xyz.gz} after a seeded shuffle; {@code --points} CUR
 * sparse points, default 500), then times {@link GaussianProcessPotential#evaluate} over the other
 * frames (63–64 atoms each; {@code --evaluate n} takes only the first n of them) with
 * {ENERGY, FORCES} and with {ENERGY, FORCES, UNCERTAINTY}. Run from the repository root after
 * {@code mvn -B -ntp -q -o package -pl benchmarks -am -DskipTests}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessPrediction [options]
 * </pre>
 *
 * <p>The fit runs on one thread, because the potential evaluates each structure with the fit's thread
 * count and here one evaluation must use exactly one thread. With t threads ({@code --threads},
 * default 1,2) t threads evaluate different frames at once (frame k by thread k mod t) on the one
 * potential, which is thread-safe. Each property set first gets one untimed pass over the frames on
 * one thread (JIT warm-up); then every configuration runs {@code --passes} (default 3) passes, timed
 * as one wall-clock interval. Printed: µs of wall time per atom and atoms per second, for the t threads
 * together. Options: {@code --frames n}, {@code --points M}, {@code --evaluate n}, {@code --passes n},
 * {@code --threads t1,t2,...}, {@code --soap n_max,l_max}.
 */
public final class GaussianProcessPrediction {
    private static final long SEED = 7;
    /** Frames in {@link SiliconGap#DATA}. */
    private static final int DATA_FRAMES = 431;

    private GaussianProcessPrediction() {
    }

    /**
     * What to run.
     *
     * @param trainFrames frames the potential is fitted to
     * @param points sparse points
     * @param evaluateFrames how many of the other frames to evaluate
     * @param passes timed passes over them per configuration
     * @param threads thread counts to time
     * @param soapSize {@code {n_max, l_max}}, or empty for the example's
     */
    record Options(int trainFrames, int points, int evaluateFrames, int passes, int[] threads,
                   Optional<int[]> soapSize) {
        static final String USAGE = "usage: java -cp benchmarks/target/benchmarks.jar org.mlpot.bench.GaussianProcessPrediction"
                + " [--frames 300] [--points 500] [--evaluate n] [--passes 3] [--threads 1,2] [--soap n_max,l_max]";

        /**
         * Reads the command line.
         *
         * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one
         */
        static Options parse(String[] args) {
            int trainFrames = 300;
            int points = 500;
            Integer evaluate = null;
            int passes = 3;
            int[] threads = {1, 2};
            Optional<int[]> soap = Optional.empty();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--frames" -> trainFrames = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--points" -> points = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--evaluate" -> evaluate = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--passes" -> passes = BenchArguments.positiveInt(args[i], BenchArguments.value(args, i++));
                    case "--threads" -> threads = BenchArguments.positiveInts(args[i], BenchArguments.value(args, i++));
                    case "--soap" -> soap = Optional.of(BenchArguments.soapSize(args[i], BenchArguments.value(args, i++)));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (trainFrames >= DATA_FRAMES) {
                throw new IllegalArgumentException("--frames " + trainFrames + " leaves no frame of the " + DATA_FRAMES
                        + " in " + SiliconGap.DATA + " to evaluate; use at most " + (DATA_FRAMES - 1));
            }
            int left = DATA_FRAMES - trainFrames;
            if (evaluate != null && evaluate > left) {
                throw new IllegalArgumentException("--evaluate " + evaluate + ": only " + left + " frames are left after "
                        + trainFrames + " training frames");
            }
            return new Options(trainFrames, points, evaluate != null ? evaluate : left, passes, threads, soap);
        }
    }

    /**
     * Prints the table; exits with status 2 and a message on a bad command line, or when the example's
     * spec or data are not found (not started from the repository root) or the spec does not compile.
     */
    public static void main(String[] args) throws InterruptedException {
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
        List<Frame> training = frames.subList(0, options.trainFrames());
        List<Structure> evaluated = new ArrayList<>();
        long atoms = 0;
        for (Frame frame : frames.subList(options.trainFrames(), options.trainFrames() + options.evaluateFrames())) {
            evaluated.add(frame.structure());
            atoms += frame.structure().size();
        }
        long started = System.nanoTime();
        SparsePoints sparse = SiliconGap.curPoints(SiliconGap.environments(descriptor, training, 1), options.points(), SEED);
        FitSettings settings = SiliconGap.settings(1, FitSettings.DEFAULT_BLOCK_ROWS);
        GaussianProcessPotential potential = new SparseGaussianProcessFit(descriptor, SiliconGap.kernel(), sparse, settings)
                .fit("si-gap-bench", training);
        System.out.printf(Locale.ROOT, "# SOAP: %d features; fitted to %d frames with M = %d in %.1f s (one thread);"
                + " evaluating %d frames (%d atoms) %d times per row; Java %s%n", descriptor.size(SiliconGap.SILICON),
                training.size(), options.points(), (System.nanoTime() - started) * 1e-9, evaluated.size(), atoms,
                options.passes(), System.getProperty("java.version"));
        System.out.println("# reference: QUIP predicts this silicon model at about 700 atoms/s on one thread"
                + " (energy and forces), about 50 % slower with the variance");
        List<Set<Property>> propertySets = List.of(EnumSet.of(Property.ENERGY, Property.FORCES),
                EnumSet.of(Property.ENERGY, Property.UNCERTAINTY),
                EnumSet.of(Property.ENERGY, Property.FORCES, Property.UNCERTAINTY));
        for (Set<Property> properties : propertySets) {
            timePasses(potential, evaluated, properties, 1, 1);
        }
        System.out.printf(Locale.ROOT, "%-28s %7s %9s %9s %10s%n", "properties", "threads", "s", "µs/atom", "atoms/s");
        for (Set<Property> properties : propertySets) {
            for (int threads : options.threads()) {
                double seconds = timePasses(potential, evaluated, properties, threads, options.passes());
                double total = (double) atoms * options.passes();
                System.out.printf(Locale.ROOT, "%-28s %7d %9.3f %9.1f %10.0f%n", describe(properties), threads, seconds,
                        seconds / total * 1e6, total / seconds);
            }
        }
    }

    /**
     * Wall time of {@code passes} passes over {@code structures}, frame k of each pass evaluated by
     * thread k mod {@code threads}, all threads at once.
     */
    private static double timePasses(GaussianProcessPotential potential, List<Structure> structures,
                                     Set<Property> properties, int threads, int passes) throws InterruptedException {
        List<Callable<Double>> tasks = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            tasks.add(() -> {
                double checksum = 0;
                for (int pass = 0; pass < passes; pass++) {
                    for (int k = first; k < structures.size(); k += threads) {
                        checksum += potential.evaluate(structures.get(k), properties).energy();
                    }
                }
                return checksum;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Double>> futures = pool.invokeAll(tasks);
            double seconds = (System.nanoTime() - started) * 1e-9;
            double checksum = 0;
            for (Future<Double> future : futures) {
                checksum += future.get();
            }
            if (!Double.isFinite(checksum)) {
                throw new IllegalStateException("a predicted energy is not finite");
            }
            return seconds;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an evaluation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(Set<Property> properties) {
        if (!properties.contains(Property.UNCERTAINTY)) {
            return "energy, forces";
        }
        return properties.contains(Property.FORCES) ? "energy, forces, σ of both" : "energy, σ of energies";
    }
}
