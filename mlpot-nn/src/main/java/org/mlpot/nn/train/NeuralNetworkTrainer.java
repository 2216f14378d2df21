package org.mlpot.nn.train;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.ReferenceEnergies;
import org.mlpot.data.Split;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.InputException;
import org.mlpot.nn.Activation;
import org.mlpot.nn.ComputePath;
import org.mlpot.nn.EnergyNormalization;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.potential.Property;
import org.mlpot.spec.DescriptorSpec;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.NetworkSpec;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.SymmetryFunctionSpec;
import org.mlpot.spec.TrainingSpec;
import org.mlpot.structure.Element;

/**
 * Trains a Behler–Parrinello potential as a spec describes it: splits the frames (seeded), takes
 * the feature scaling from the training frames, fits per-element reference energies, initialises
 * the networks (Nguyen–Widrow or Glorot, seeded) and minimises {@link TrainingLoss} with Adam on
 * shuffled mini-batches or with L-BFGS on the whole training set. After every epoch it measures
 * training and validation errors, keeps the parameters with the lowest validation loss, stops early
 * when they stop improving, writes the metrics CSV and, every {@code checkpoint_every} epochs, a
 * {@link Checkpoint}. The same spec, data and seed give the same model bit for bit, on any number of
 * threads and whether or not the run was interrupted and resumed.
 */
public final class NeuralNetworkTrainer {
    private final ModelSpec spec;
    private final NetworkSpec network;
    private final TrainingSpec training;
    private final Descriptor descriptor;
    private final TrainingOptions options;

    /**
     * A trainer.
     *
     * @param spec a neural-network model spec with a {@code train} block
     * @param descriptor the descriptor the spec builds
     * @param options threads, checkpoint, log and seed
     * @throws InputException when the spec is not a neural-network model, has no {@code train} block,
     *     or asks for something training cannot do
     */
    public NeuralNetworkTrainer(ModelSpec spec, Descriptor descriptor, TrainingOptions options) {
        this.spec = Objects.requireNonNull(spec, "spec is null");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor is null");
        this.options = Objects.requireNonNull(options, "options is null");
        if (!(spec.architecture().orElse(null) instanceof NetworkSpec n)) {
            throw new InputException("model " + spec.name() + " has no network block: only neural-network models train here");
        }
        this.network = n;
        this.training = spec.training().orElseThrow(() -> new InputException("model " + spec.name()
                + " has no train block: add one (data, split, loss, optimizer, epochs) to train it"));
        if (training.loss().stress() != 0) {
            throw new InputException("model " + spec.name() + " asks for stress in the loss, which neural-network training"
                    + " does not fit yet: set 'stress 0' in the loss block");
        }
        if (!Set.copyOf(descriptor.elements()).equals(Set.copyOf(spec.elements()))) {
            throw new IllegalArgumentException("the descriptor is for " + descriptor.elements() + ", the spec for " + spec.elements());
        }
    }

    /**
     * Trains on {@code data}, which the spec's fractions split into training, validation and test frames.
     *
     * @throws InputException when the data are unusable (unknown elements, missing labels, NaN, overlapping
     *     atoms, too few frames) or a checkpoint to resume from does not fit
     */
    public TrainingResult train(Dataset data, TrainingListener listener) {
        Objects.requireNonNull(data, "data is null");
        Objects.requireNonNull(listener, "listener is null");
        long seed = options.seed().orElse(training.seed());
        long networkSeed = options.seed().orElse(network.seed());
        Set<Property> required = EnumSet.noneOf(Property.class);
        if (training.loss().energy() > 0) {
            required.add(Property.ENERGY);
        }
        if (training.loss().forces() > 0) {
            required.add(Property.FORCES);
        }
        DataChecks.defaults().withAllowedElements(Set.copyOf(spec.elements())).withRequiredLabels(required).check(data);
        Split split = Split.of(data, training.validationFraction(), training.testFraction(), seed);

        FeatureCalculator calculator = new FeatureCalculator(descriptor, options.threads());
        boolean derivatives = data.frames().stream().anyMatch(f -> f.labels().hasForces());
        int[] featured = {0};
        int fitted = split.train().size() + split.validation().size();
        Runnable progress = () -> listener.featuresComputed(++featured[0], fitted);
        StructureFeatures[] trainFeatures = FittingSet.features(split.train(), calculator, derivatives, progress);
        FeatureStatisticsAccumulator statistics = new FeatureStatisticsAccumulator(descriptor);
        for (StructureFeatures f : trainFeatures) {
            statistics.add(f);
        }
        FeatureScaling scaling = scaling(statistics);
        if (scaling.inertFeatures() > 0) {
            listener.note(scaling.inertFeatures() + " descriptor features are constant over the training frames (such as"
                    + " functions of element pairs that never meet) and are ignored");
        }
        FittingSet trainSet = FittingSet.of(split.train(), trainFeatures, scaling);
        FittingSet validationSet = split.validation().isEmpty() ? null
                : FittingSet.of(split.validation(), FittingSet.features(split.validation(), calculator, derivatives, progress),
                        scaling);

        List<Element> order = descriptor.elements();
        Map<Element, Double> references = ReferenceEnergies.of(split.train(), order, spec.referenceEnergies());
        EnergyNormalization normalization = new EnergyNormalization(meanResidual(split.train(), references), 1.0,
                references, 1.0);
        NetworkLayout layout = layout(order);
        double[] constants = new double[order.size()];
        for (int s = 0; s < constants.length; s++) {
            constants[s] = normalization.constantEv(order.get(s));
        }
        String fingerprint = fingerprint(data, seed, networkSeed);

        listener.started(String.format(java.util.Locale.ROOT,
                "%s: %d training, %d validation, %d test frames; networks %s; %s", spec.name(), split.train().size(),
                split.validation().size(), split.test().size(), layout, training.optimizer()), training.epochs());
        ForkJoinPool pool = options.threads() > 1 ? new ForkJoinPool(options.threads()) : null;
        try {
            double outputToEv = normalization.outputToEv();
            TrainingLoss loss = new TrainingLoss(layout, scaling, outputToEv, constants, training.loss(), pool);
            ObservableJacobians jacobians = new ObservableJacobians(layout, scaling, outputToEv, constants);
            EpochUpdater updater = updater(layout, loss, jacobians, trainSet, seed, pool);
            Consumer<double[]> afterEpoch = updater.refitsOutputBiases() && training.loss().energy() > 0
                    ? p -> OutputBiasFit.refit(layout, jacobians, trainSet, p, outputToEv)
                    : p -> { };
            TrainingRun run = new TrainingRun(training, updater, loss, afterEpoch, trainSet, validationSet, options, listener);
            run.start(WeightInitializer.initialize(layout, network.initialization(), networkSeed), fingerprint, options.resume());
            run.epochs();
            double[] parameters = run.result();
            NeuralNetworkPotential potential = new NeuralNetworkPotential(spec.name(), descriptor, scaling,
                    layout.networks(parameters), normalization, options.threads()).withComputePath(computePath());
            Optional<ErrorSums> test = Optional.empty();
            if (!split.test().isEmpty()) {
                StructureFeatures[] testFeatures = FittingSet.features(split.test(), calculator, derivatives,
                        testProgress(listener, split.test().size()));
                FittingSet testSet = FittingSet.of(split.test(), testFeatures, scaling);
                test = Optional.of(loss.evaluate(parameters, testSet, Permutations.identity(testSet.size()), null));
            }
            return new TrainingResult(potential, run.history(), run.bestEpoch(), run.stopped(), references,
                    new int[] {split.train().size(), split.validation().size(), split.test().size()}, test, seed);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** Counts the test frames' descriptors for the listener, 1 to {@code total}. */
    private static Runnable testProgress(TrainingListener listener, int total) {
        int[] done = {0};
        return () -> listener.featuresComputed(++done[0], total);
    }

    private EpochUpdater updater(NetworkLayout layout, TrainingLoss loss, ObservableJacobians jacobians, FittingSet trainSet,
                                 long seed, ForkJoinPool pool) {
        Optimizer optimizer = training.optimizer();
        int parameters = layout.parameterCount();
        if (optimizer instanceof Optimizer.Adam adam) {
            return new AdamUpdater(adam, training.schedule(), training.batchSize(), loss, trainSet, seed, parameters);
        }
        if (optimizer instanceof Optimizer.Lbfgs lbfgs) {
            return new LbfgsUpdater(lbfgs.history(), loss, trainSet, parameters);
        }
        return new KalmanUpdater((Optimizer.Kalman) optimizer, training.loss(), jacobians, trainSet, seed, parameters, pool);
    }

    private ComputePath computePath() {
        return switch (network.compute()) {
            case AUTO -> ComputePath.AUTO;
            case JAVA -> ComputePath.JAVA;
            case ND4J -> ComputePath.ND4J;
        };
    }

    private FeatureScaling scaling(FeatureStatisticsAccumulator statistics) {
        ScalingType type = ScalingType.SCALE_CENTER;
        double min = FeatureScaling.DEFAULT_SCALED_MIN;
        double max = FeatureScaling.DEFAULT_SCALED_MAX;
        for (DescriptorSpec d : spec.descriptors()) {
            if (d instanceof SymmetryFunctionSpec sf) {
                type = sf.scaling();
                min = sf.scaledMin();
                max = sf.scaledMax();
                break;
            }
        }
        return FeatureScaling.ofIgnoringConstantFeatures(type, statistics.statistics(), min, max);
    }

    private static double meanResidual(Dataset train, Map<Element, Double> references) {
        double sum = 0;
        int count = 0;
        List<Element> elements = List.copyOf(references.keySet());
        for (Frame frame : train.frames()) {
            if (frame.labels().energy().isEmpty()) {
                continue;
            }
            double e = frame.labels().energy().getAsDouble();
            double[] counts = ReferenceEnergies.counts(frame.structure(), elements);
            for (int k = 0; k < counts.length; k++) {
                e -= counts[k] * references.get(elements.get(k));
            }
            sum += e / frame.structure().size();
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private NetworkLayout layout(List<Element> order) {
        int[][] sizes = new int[order.size()][];
        Activation[][] activations = new Activation[order.size()][];
        for (int s = 0; s < order.size(); s++) {
            Activation hidden = activation(network.activation(order.get(s)));
            List<Integer> layers = network.hidden(order.get(s));
            sizes[s] = new int[layers.size() + 2];
            activations[s] = new Activation[layers.size() + 1];
            sizes[s][0] = descriptor.size(order.get(s));
            for (int l = 0; l < layers.size(); l++) {
                sizes[s][l + 1] = layers.get(l);
                activations[s][l] = hidden;
            }
            sizes[s][layers.size() + 1] = 1;
            activations[s][layers.size()] = Activation.LINEAR;
        }
        return new NetworkLayout(sizes, activations);
    }

    private static Activation activation(NetworkSpec.Activation a) {
        return switch (a) {
            case TANH -> Activation.TANH;
            case SHIFTED_SOFTPLUS -> Activation.SHIFTED_SOFTPLUS;
            case SOFTPLUS -> Activation.SOFTPLUS;
            case SIGMOID -> Activation.LOGISTIC;
            case GAUSSIAN -> Activation.GAUSSIAN;
            case LINEAR -> Activation.LINEAR;
        };
    }

    /** A hash of everything that decides the result: the spec, the seeds and the frames' content. */
    private String fingerprint(Dataset data, long seed, long networkSeed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((spec + "|" + seed + "|" + networkSeed).getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(8);
            for (Frame frame : data.frames()) {
                var s = frame.structure();
                for (int i = 0; i < s.size(); i++) {
                    digest.update((byte) s.species(i).atomicNumber());
                }
                for (double v : s.positions()) {
                    digest.update(buffer.clear().putDouble(v).array());
                }
                if (s.cell().hasVectors()) {
                    for (double v : s.cell().toRowMajor()) {
                        digest.update(buffer.clear().putDouble(v).array());
                    }
                }
                digest.update(buffer.clear().putDouble(frame.labels().energy().orElse(Double.NaN)).array());
                for (double v : frame.labels().forces().orElse(new double[0])) {
                    digest.update(buffer.clear().putDouble(v).array());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
