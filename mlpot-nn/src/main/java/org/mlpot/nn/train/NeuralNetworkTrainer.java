package org.mlpot.nn.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
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
        StructureFeatures[] trainFeatures = FittingSet.features(split.train(), calculator, derivatives);
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
                : FittingSet.of(split.validation(), FittingSet.features(split.validation(), calculator, derivatives), scaling);

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
            TrainingLoss loss = new TrainingLoss(layout, scaling, normalization.outputToEv(), constants, training.loss(), pool);
            Optimization run = new Optimization(layout, loss, new ObservableJacobians(layout, scaling,
                    normalization.outputToEv(), constants), normalization.outputToEv(), trainSet, validationSet, seed, pool,
                    listener);
            run.start(WeightInitializer.initialize(layout, network.initialization(), networkSeed), fingerprint);
            run.epochs();
            double[] parameters = run.bestOrLast();
            NeuralNetworkPotential potential = new NeuralNetworkPotential(spec.name(), descriptor, scaling,
                    layout.networks(parameters), normalization, options.threads()).withComputePath(computePath());
            Optional<ErrorSums> test = Optional.empty();
            if (!split.test().isEmpty()) {
                FittingSet testSet = FittingSet.of(split.test(), FittingSet.features(split.test(), calculator, derivatives),
                        scaling);
                test = Optional.of(loss.evaluate(parameters, testSet, all(testSet), null));
            }
            return new TrainingResult(potential, run.history, run.bestEpoch, run.stopped, references,
                    new int[] {split.train().size(), split.validation().size(), split.test().size()}, test, seed);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
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

    private static int[] all(FittingSet set) {
        int[] members = new int[set.size()];
        for (int m = 0; m < members.length; m++) {
            members[m] = m;
        }
        return members;
    }

    /** The state of one run: parameters, optimiser, best epoch, history. */
    private final class Optimization {
        private final NetworkLayout layout;
        private final FittingSet trainSet;
        private final FittingSet validationSet;
        private final long seed;
        private final TrainingListener listener;
        private final AdamUpdater adam;
        private final LbfgsUpdater lbfgs;
        private final KalmanUpdater kalman;
        private final ObservableJacobians jacobians;
        private final List<EpochMetrics> history = new ArrayList<>();
        private final TrainingLoss loss;
        private final double outputToEv;
        private String fingerprint;
        private double[] parameters;
        private double[] best;
        private int bestEpoch;
        private double bestLoss = Double.POSITIVE_INFINITY;
        private boolean stopped;
        private int epochsDone;

        Optimization(NetworkLayout layout, TrainingLoss loss, ObservableJacobians jacobians, double outputToEv,
                     FittingSet trainSet, FittingSet validationSet, long seed, ForkJoinPool pool, TrainingListener listener) {
            this.layout = layout;
            this.loss = loss;
            this.jacobians = jacobians;
            this.outputToEv = outputToEv;
            this.trainSet = trainSet;
            this.validationSet = validationSet;
            this.seed = seed;
            this.listener = listener;
            Optimizer optimizer = training.optimizer();
            this.adam = optimizer instanceof Optimizer.Adam a ? new AdamUpdater(a, layout.parameterCount()) : null;
            this.lbfgs = optimizer instanceof Optimizer.Lbfgs l ? new LbfgsUpdater(l.history()) : null;
            this.kalman = optimizer instanceof Optimizer.Kalman ? new KalmanUpdater(layout.parameterCount(), pool) : null;
        }

        void start(double[] initial, String runFingerprint) {
            this.fingerprint = runFingerprint;
            this.parameters = initial;
            this.best = initial.clone();
            if (options.resume()) {
                Checkpoint c = Checkpoint.read(options.checkpoint().orElseThrow(), fingerprint);
                if (c.parameters().length != parameters.length) {
                    throw new InputException("the checkpoint " + options.checkpoint().get() + " holds "
                            + c.parameters().length + " parameters, this model has " + parameters.length);
                }
                parameters = c.parameters();
                best = c.best();
                bestEpoch = c.bestEpoch();
                bestLoss = c.bestLoss();
                stopped = c.stopped();
                epochsDone = c.epochs();
                history.addAll(c.history());
                readOptimizer(c.optimizerState());
                listener.note("resumed from " + options.checkpoint().get() + " after epoch " + epochsDone);
                writeMetrics();
            }
        }

        void epochs() {
            for (int epoch = epochsDone; epoch < training.epochs() && !stopped; epoch++) {
                long started = System.nanoTime();
                double rate = Double.NaN;
                if (adam != null) {
                    rate = training.schedule().rate(((Optimizer.Adam) training.optimizer()).learningRate(), epoch);
                    adamEpoch(epoch, rate);
                } else if (lbfgs != null) {
                    lbfgsEpoch(epoch);
                } else {
                    kalmanEpoch(epoch, (Optimizer.Kalman) training.optimizer());
                }
                if (lbfgs == null && training.loss().energy() > 0) {
                    refitOutputBiases();
                }
                ErrorSums trainErrors = loss.evaluate(parameters, trainSet, all(trainSet), null);
                ErrorSums validationErrors = validationSet == null ? null
                        : loss.evaluate(parameters, validationSet, all(validationSet), null);
                EpochMetrics metrics = new EpochMetrics(epoch + 1, rate, trainErrors, validationErrors,
                        (System.nanoTime() - started) * 1e-9);
                if (!Double.isFinite(trainErrors.loss())) {
                    throw new InputException("training diverged in epoch " + (epoch + 1) + " (the loss is "
                            + trainErrors.loss() + "): lower the learning rate or check the data for outliers");
                }
                history.add(metrics);
                epochsDone = epoch + 1;
                if (metrics.selectionLoss() < bestLoss) {
                    bestLoss = metrics.selectionLoss();
                    bestEpoch = epochsDone;
                    best = parameters.clone();
                } else if (training.earlyStopping().isPresent() && validationSet != null
                        && epochsDone - bestEpoch >= training.earlyStopping().getAsInt()) {
                    stopped = true;
                    listener.note("early stopping: no better validation loss for " + (epochsDone - bestEpoch)
                            + " epochs; keeping epoch " + bestEpoch);
                }
                listener.epochFinished(metrics);
                writeMetrics();
                if (epochsDone % training.checkpointEvery() == 0 || epochsDone == training.epochs() || stopped) {
                    writeCheckpoint();
                }
            }
        }

        private void adamEpoch(int epoch, double rate) {
            int[] order = shuffled(trainSet.size(), new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1))));
            int batch = training.batchSize();
            int updates = (order.length + batch - 1) / batch;
            listener.epochStarted(epoch + 1, updates);
            double[] gradient = new double[parameters.length];
            for (int u = 0; u < updates; u++) {
                int[] members = java.util.Arrays.copyOfRange(order, u * batch, Math.min(order.length, (u + 1) * batch));
                loss.evaluate(parameters, trainSet, members, gradient);
                adam.step(parameters, gradient, rate);
                listener.updateDone();
            }
        }

        private void lbfgsEpoch(int epoch) {
            listener.epochStarted(epoch + 1, 1);
            int[] members = all(trainSet);
            double[] gradient = new double[parameters.length];
            double value = loss.evaluate(parameters, trainSet, members, gradient).loss();
            lbfgs.iterate(parameters, value, gradient, (point, g) -> loss.evaluate(point, trainSet, members, g).loss());
            listener.updateDone();
        }

        /**
         * Sets each element's output bias to the linear least-squares optimum for the training
         * energies per atom, the other parameters fixed. Forces do not depend on these biases, so this
         * removes the energy offset that stochastic updates leave behind without touching the force
         * fit. A vanishing ridge term makes compositions that never vary get the minimum-norm shift.
         */
        private void refitOutputBiases() {
            int k = layout.elementCount();
            double[][] normal = new double[k][k];
            double[] right = new double[k];
            for (int m = 0; m < trainSet.size(); m++) {
                if (!trainSet.hasEnergy(m)) {
                    continue;
                }
                double[] counts = new double[k];
                StructureFeatures features = trainSet.features(m);
                for (int i = 0; i < features.atoms(); i++) {
                    counts[features.species(i)] += outputToEv;
                }
                double n2 = (double) features.atoms() * features.atoms();
                double residual = jacobians.energy(parameters, trainSet, m) - trainSet.energy(m);
                for (int a = 0; a < k; a++) {
                    right[a] -= counts[a] * residual / n2;
                    for (int b = 0; b < k; b++) {
                        normal[a][b] += counts[a] * counts[b] / n2;
                    }
                }
            }
            double trace = 0;
            for (int a = 0; a < k; a++) {
                trace += normal[a][a];
            }
            if (trace == 0) {
                return;
            }
            for (int a = 0; a < k; a++) {
                normal[a][a] += 1e-10 * trace;
            }
            double[] shift = ReferenceEnergies.solve(normal, right);
            for (int a = 0; a < k; a++) {
                parameters[layout.outputBias(a)] += shift[a];
            }
        }

        /**
         * One Kalman epoch: every structure's energy and a random {@code force_fraction} of its force
         * components, in random order (seeded by the epoch), each observable an update of its own.
         * Errors and gradients are divided by the spread of their kind over the training set (energies
         * per atom: their standard deviation; forces: their root mean square), as n2p2 normalises its
         * data, and multiplied by the square root of their loss weight.
         */
        private void kalmanEpoch(int epoch, Optimizer.Kalman settings) {
            SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1)));
            double energyWeight = Math.sqrt(training.loss().energy()) / energySpread();
            double forceWeight = Math.sqrt(training.loss().forces()) / forceSpread();
            List<long[]> updates = new ArrayList<>();
            for (int m = 0; m < trainSet.size(); m++) {
                if (energyWeight > 0 && trainSet.hasEnergy(m)) {
                    updates.add(new long[] {m, -1});
                }
                if (forceWeight > 0 && trainSet.forces(m) != null) {
                    int components = 3 * trainSet.atoms(m);
                    int chosen = Math.max(1, (int) Math.round(settings.forceFraction() * components));
                    int[] order = shuffled(components, random);
                    for (int c = 0; c < chosen; c++) {
                        updates.add(new long[] {m, order[c]});
                    }
                }
            }
            int[] order = shuffled(updates.size(), random);
            listener.epochStarted(epoch + 1, order.length);
            double[] jacobian = new double[parameters.length];
            for (int u = 0; u < order.length; u++) {
                long[] update = updates.get(order[u]);
                int m = (int) update[0];
                int k = (int) update[1];
                double error;
                double weight;
                if (k < 0) {
                    error = jacobians.energyPerAtom(parameters, trainSet, m, jacobian) - trainSet.energy(m) / trainSet.atoms(m);
                    weight = energyWeight;
                } else {
                    error = jacobians.forceComponent(parameters, trainSet, m, k, jacobian) - trainSet.forces(m)[k];
                    weight = forceWeight;
                }
                for (int q = 0; q < jacobian.length; q++) {
                    jacobian[q] *= weight;
                }
                kalman.update(parameters, jacobian, weight * error, epoch + (double) u / order.length);
                listener.updateDone();
            }
        }

        /** The standard deviation of the training energies per atom after the reference energies, eV/atom (1 if 0). */
        private double energySpread() {
            double sum = 0;
            double sumSquares = 0;
            int count = 0;
            for (int m = 0; m < trainSet.size(); m++) {
                if (trainSet.hasEnergy(m)) {
                    StructureFeatures features = trainSet.features(m);
                    double baseline = 0;
                    for (int i = 0; i < features.atoms(); i++) {
                        baseline += jacobians.constant(features.species(i));
                    }
                    double perAtom = (trainSet.energy(m) - baseline) / features.atoms();
                    sum += perAtom;
                    sumSquares += perAtom * perAtom;
                    count++;
                }
            }
            double variance = count == 0 ? 0 : sumSquares / count - (sum / count) * (sum / count);
            return variance > 0 ? Math.sqrt(variance) : 1.0;
        }

        /** The root mean square of the training force components, eV/Å (1 if 0). */
        private double forceSpread() {
            double sumSquares = 0;
            long count = 0;
            for (int m = 0; m < trainSet.size(); m++) {
                double[] f = trainSet.forces(m);
                if (f != null) {
                    for (double v : f) {
                        sumSquares += v * v;
                    }
                    count += f.length;
                }
            }
            return sumSquares > 0 ? Math.sqrt(sumSquares / count) : 1.0;
        }

        private static int[] shuffled(int count, SplittableRandom random) {
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return order;
        }

        double[] bestOrLast() {
            return validationSet != null && bestEpoch > 0 ? best : parameters;
        }

        private void writeMetrics() {
            options.metricsCsv().ifPresent(path -> MetricsCsv.write(path, history));
        }

        private void writeCheckpoint() {
            options.checkpoint().ifPresent(path -> {
                new Checkpoint(fingerprint, epochsDone, parameters, best, bestEpoch, bestLoss, stopped, optimizerState(),
                        history).write(path);
                listener.note("checkpoint written after epoch " + epochsDone + ": " + path);
            });
        }

        private byte[] optimizerState() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                if (adam != null) {
                    adam.write(out);
                } else if (lbfgs != null) {
                    lbfgs.write(out);
                } else {
                    kalman.write(out);
                }
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void readOptimizer(byte[] state) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
                if (adam != null) {
                    adam.read(in);
                } else if (lbfgs != null) {
                    lbfgs.read(in, parameters.length);
                } else {
                    kalman.read(in);
                }
            } catch (IOException e) {
                throw new InputException("the checkpoint " + options.checkpoint().orElseThrow()
                        + " holds an optimiser state this spec's optimiser cannot use (" + e.getMessage()
                        + "); train afresh without --resume");
            }
        }
    }
}
