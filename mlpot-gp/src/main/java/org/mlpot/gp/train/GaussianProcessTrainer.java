package org.mlpot.gp.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.ReferenceEnergies;
import org.mlpot.data.Split;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.gp.FitSettings;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.gp.SparseGaussianProcessFit;
import org.mlpot.gp.SparsePoints;
import org.mlpot.gp.UncertaintyScales;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.KernelKind;
import org.mlpot.gp.kernel.KernelKinds;
import org.mlpot.gp.kernel.SumKernel;
import org.mlpot.gp.sparse.SparsePointSelector;
import org.mlpot.io.InputException;
import org.mlpot.metrics.Evaluation;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.potential.Result;
import org.mlpot.spec.KernelSpec;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.spec.SparseSpec;
import org.mlpot.spec.SumKernelSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/**
 * Fits a sparse Gaussian-process potential as a spec describes it: splits the frames (seeded),
 * takes the reference energies (given, fitted or from isolated atoms), computes the descriptor of
 * every training atom, selects each element's sparse points from them with the spec's method, fits
 * the weights to all energy, force and stress labels of the training frames with the spec's noise
 * levels ({@link SparseGaussianProcessFit}; δ and the levels by maximum likelihood when the noise
 * block says {@code optimize}), scales the predicted standard deviations so that 68 % of the
 * validation errors fall inside 1σ ({@link UncertaintyCalibration}), and measures errors on the
 * training, validation and test frames and the calibration of the predicted uncertainty on the
 * held-out ones (on the test frames an honest check). A spec without a {@code noise} block gets
 * {@link #DEFAULT_NOISE}. The loss weights of the {@code train} block do not apply: the noise levels
 * weigh the observations.
 */
public final class GaussianProcessTrainer {
    /** gap_fit-like defaults: 2 meV/atom, 0.1 eV/Å, 0.01 eV/Å³ (1.6 GPa). */
    public static final NoiseSpec DEFAULT_NOISE = new NoiseSpec(0.002, 0.1, 0.01, Map.of());

    private final ModelSpec spec;
    private final Descriptor descriptor;
    private final int threads;

    /**
     * A trainer.
     *
     * @throws InputException when the spec is not a Gaussian-process model or has no {@code train} block
     */
    public GaussianProcessTrainer(ModelSpec spec, Descriptor descriptor, int threads) {
        this.spec = Objects.requireNonNull(spec, "spec is null");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor is null");
        if (!spec.isGaussianProcess()) {
            throw new InputException("model " + spec.name() + " has no kernel block: only Gaussian-process models fit here");
        }
        if (spec.training().isEmpty()) {
            throw new InputException("model " + spec.name() + " has no train block: add one (data, split, seed) to fit it");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * The kernel a spec names, for a model whose descriptor is {@code descriptor}: a sum of kernels
     * acts on the descriptor's parts (a {@link org.mlpot.descriptor.ConcatenatedDescriptor}), the d-th
     * term on the d-th part.
     *
     * @throws IllegalArgumentException when no kernel implements the spec, or a sum does not fit the
     *     descriptor (another number of parts, or two elements with the same length split differently)
     */
    public static Kernel kernel(KernelSpec spec, Descriptor descriptor) {
        Objects.requireNonNull(spec, "spec is null");
        Objects.requireNonNull(descriptor, "descriptor is null");
        if (spec instanceof SumKernelSpec sum) {
            List<Kernel> terms = new ArrayList<>();
            for (KernelSpec term : sum.terms()) {
                terms.add(kernel(term));
            }
            return SumKernel.over(terms, descriptor);
        }
        return kernel(spec);
    }

    /**
     * The kernel a spec of a single kernel names, built by its {@link KernelKind} (shipped, or from a
     * plugin on the class path: {@link KernelKinds#installed()}).
     *
     * @throws IllegalArgumentException when no kernel implements the spec, or it is a sum (which needs
     *     the descriptor: use {@link #kernel(KernelSpec, Descriptor)})
     */
    public static Kernel kernel(KernelSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        return KernelKinds.installed().create(spec);
    }

    /** Hears how far the descriptors of the training frames are computed, for progress bars. */
    @FunctionalInterface
    public interface FeatureProgress {
        /** The descriptors of {@code done} of {@code total} training frames are computed. */
        void featuresComputed(int done, int total);
    }

    /**
     * Fits on {@code data}, split by the spec's fractions and seed.
     *
     * @param notes hears what happens (sizes, sparse points, timings)
     * @throws InputException when the data are unusable (unknown elements, NaN, overlapping atoms, no labels) or a
     *     sum of kernels does not fit the descriptor
     */
    public GaussianProcessResult train(Dataset data, Consumer<String> notes) {
        return train(data, notes, (done, total) -> { });
    }

    /**
     * Fits on {@code data} as {@link #train(Dataset, Consumer)} does, telling {@code progress} how
     * far the descriptors of the training frames (for the sparse points) are computed.
     *
     * @throws InputException when the data are unusable or a sum of kernels does not fit the descriptor
     */
    public GaussianProcessResult train(Dataset data, Consumer<String> notes, FeatureProgress progress) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(notes, "notes is null");
        Objects.requireNonNull(progress, "progress is null");
        TrainingSpec training = spec.training().orElseThrow();
        Kernel kernel = kernel();
        DataChecks.defaults().withAllowedElements(Set.copyOf(spec.elements())).check(data);
        Split split = Split.of(data, training.validationFraction(), training.testFraction(), training.seed());
        List<Element> order = descriptor.elements();
        Map<Element, Double> references = ReferenceEnergies.of(split.train(), order, spec.referenceEnergies());
        notes.accept(String.format(Locale.ROOT, "%s: %d training, %d validation, %d test frames; reference energies %s",
                spec.name(), split.train().size(), split.validation().size(), split.test().size(), references));

        long started = System.nanoTime();
        SparsePoints sparse = sparsePoints(split.train(), training.seed(), notes, progress);
        double selected = seconds(started);
        NoiseSpec noise = spec.noise().orElse(DEFAULT_NOISE);
        FitSettings settings = FitSettings.of(noise, references).withThreads(threads);
        SparseGaussianProcessFit fit = new SparseGaussianProcessFit(descriptor, kernel, sparse, settings);
        checkMemory(fit, split.train(), notes);
        SparseGaussianProcessFit.Report report = fit.fitAndReport(spec.name(), split.train().frames());
        GaussianProcessPotential potential = report.potential();
        double fitted = seconds(started) - selected;
        notes.accept(String.format(Locale.ROOT, "sparse points chosen in %.1f s, weights fitted in %.1f s", selected, fitted));
        report.search().ifPresent(search -> notes.accept(String.format(Locale.ROOT,
                "hyperparameters by maximum marginal likelihood (%d evaluations, log p %.1f -> %.1f): %s",
                search.evaluations(), search.start(), search.end(), search.best())));
        notes.accept(String.format(Locale.ROOT, "%d observations, log marginal likelihood %.1f at %s", report.observations(),
                report.logLikelihood(), report.hyperparameters()));
        Optional<EvaluationMetrics> validation = Optional.empty();
        if (split.validation().isEmpty()) {
            notes.accept("no validation frames: the predicted standard deviations are the DTC ones, not calibrated");
        } else {
            Calibrated calibrated = calibrate(potential, split.validation().frames());
            potential = calibrated.potential();
            validation = Optional.of(calibrated.validation());
            UncertaintyScales scales = potential.uncertaintyScales();
            notes.accept(String.format(Locale.ROOT, "predicted standard deviations scaled by %.3g (energies) and %.3g (forces):"
                    + " 68%% of the validation errors fall inside 1σ", scales.energy(), scales.force()));
        }
        return new GaussianProcessResult(potential, sparse.total(), report.hyperparameters(), report.logLikelihood(),
                report.observations(), evaluate(potential, split.train(), false),
                validation, evaluate(potential, split.test(), true),
                new int[] {split.train().size(), split.validation().size(), split.test().size()}, training.seed(),
                selected + fitted);
    }

    /** The spec's kernel on this trainer's descriptor; a sum that does not fit the descriptor is bad input. */
    private Kernel kernel() {
        try {
            return kernel(spec.kernel().orElseThrow(), descriptor);
        } catch (IllegalArgumentException e) {
            throw new InputException("model " + spec.name() + ": " + e.getMessage());
        }
    }

    /** Each element's sparse points, chosen from the descriptor vectors of all its training atoms. */
    private SparsePoints sparsePoints(Dataset train, long seed, Consumer<String> notes, FeatureProgress progress) {
        SparseSpec sparse = spec.sparse().orElseThrow();
        FeatureCalculator calculator = new FeatureCalculator(descriptor, threads);
        List<Element> order = descriptor.elements();
        List<List<double[]>> rows = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            rows.add(new ArrayList<>());
        }
        int done = 0;
        for (Frame frame : train.frames()) {
            StructureFeatures features = calculator.compute(frame.structure(), false);
            for (int i = 0; i < features.atoms(); i++) {
                rows.get(features.species(i)).add(features.values(i));
            }
            progress.featuresComputed(++done, train.size());
        }
        SparsePointSelector selector = SparsePointSelector.of(sparse.selection());
        Map<Element, List<double[]>> points = new LinkedHashMap<>();
        for (int s = 0; s < order.size(); s++) {
            double[][] environments = rows.get(s).toArray(new double[0][]);
            if (environments.length == 0) {
                throw new InputException("the training frames hold no " + order.get(s).symbol() + " atom, so it gets no sparse"
                        + " points; add frames with " + order.get(s).symbol() + " or remove it from the model's elements");
            }
            int count = Math.min(sparse.points(), distinct(environments));
            if (count < sparse.points()) {
                notes.accept(order.get(s).symbol() + " has only " + count + " distinct environments: using " + count
                        + " sparse points instead of " + sparse.points());
            }
            List<double[]> chosen = new ArrayList<>();
            for (int index : selector.select(environments, count, seed + s)) {
                chosen.add(environments[index]);
            }
            points.put(order.get(s), chosen);
            notes.accept(String.format(Locale.ROOT, "%s: %d sparse points (%s) from %d environments", order.get(s).symbol(),
                    count, sparse.selection().name().toLowerCase(Locale.ROOT), environments.length));
        }
        return SparsePoints.of(points);
    }

    /** A potential with calibrated standard deviations, and its metrics on the frames that calibrated it. */
    private record Calibrated(GaussianProcessPotential potential, EvaluationMetrics validation) {
    }

    /**
     * Scales the potential's standard deviations to the errors on {@code frames}
     * ({@link UncertaintyCalibration}), evaluating each frame once.
     */
    private static Calibrated calibrate(GaussianProcessPotential potential, List<Frame> frames) {
        List<Result> raw = new ArrayList<>();
        Evaluation unscaled = new Evaluation(potential, true);
        for (Frame frame : frames) {
            raw.add(unscaled.add(frame));
        }
        UncertaintyScales before = potential.uncertaintyScales();
        UncertaintyScales after = UncertaintyCalibration.fit(frames, raw, before);
        UncertaintyScales change = new UncertaintyScales(after.energy() / before.energy(), after.force() / before.force());
        GaussianProcessPotential calibrated = potential.withUncertaintyScales(after);
        Evaluation scaled = new Evaluation(calibrated, true);
        for (int f = 0; f < frames.size(); f++) {
            scaled.add(frames.get(f), UncertaintyCalibration.rescaled(raw.get(f), change));
        }
        return new Calibrated(calibrated, scaled.metrics());
    }

    /** Refuses a fit that would not fit in the heap, before any work, and says what it will take. */
    private void checkMemory(SparseGaussianProcessFit fit, Dataset train, Consumer<String> notes) {
        Frame largest = train.frames().get(0);
        for (Frame frame : train.frames()) {
            if (frame.structure().size() > largest.structure().size()) {
                largest = frame;
            }
        }
        long featureBytes = new FeatureCalculator(descriptor, 1).compute(largest.structure(), true).bytes();
        int atoms = largest.structure().size();
        try {
            fit.checkMemory(atoms, featureBytes);
        } catch (IllegalArgumentException tooLarge) {
            throw new InputException(tooLarge.getMessage());
        }
        notes.accept(String.format(Locale.ROOT, "the fit needs about %.2f GB of heap (%.2f GB available to Java)",
                fit.memoryEstimate(atoms, featureBytes) / 1e9, Runtime.getRuntime().maxMemory() / 1e9));
    }

    /** The number of different vectors among {@code rows} (components compared with ==, so −0.0 equals 0.0). */
    private static int distinct(double[][] rows) {
        java.util.Set<Row> seen = new java.util.HashSet<>();
        for (double[] row : rows) {
            seen.add(new Row(row));
        }
        return seen.size();
    }

    /** A descriptor vector as a set element. */
    private record Row(double[] values) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Row other) || other.values.length != values.length) {
                return false;
            }
            for (int k = 0; k < values.length; k++) {
                if (values[k] != other.values[k]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (double v : values) {
                hash = 31 * hash + Double.hashCode(v + 0.0);
            }
            return hash;
        }
    }

    /** Errors on {@code frames}; with {@code uncertainty} also its calibration (left out on the training frames, where it is costly and in-sample). */
    private static Optional<EvaluationMetrics> evaluate(GaussianProcessPotential potential, Dataset frames,
                                                        boolean uncertainty) {
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        Evaluation evaluation = new Evaluation(potential, uncertainty);
        for (Frame frame : frames.frames()) {
            evaluation.add(frame);
        }
        return Optional.of(evaluation.metrics());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) * 1e-9;
    }
}
