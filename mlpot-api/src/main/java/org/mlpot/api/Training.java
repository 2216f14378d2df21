package org.mlpot.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.gp.train.GaussianProcessTrainer;
import org.mlpot.io.FrameFormat;
import org.mlpot.io.FrameReader;
import org.mlpot.io.InputException;
import org.mlpot.io.N2p2Units;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.io.model.Provenance;
import org.mlpot.md.ObserverAction;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.nn.DenseNetwork;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.nn.train.EpochMetrics;
import org.mlpot.nn.train.ErrorSums;
import org.mlpot.nn.train.NeuralNetworkTrainer;
import org.mlpot.nn.train.TrainingListener;
import org.mlpot.nn.train.TrainingOptions;
import org.mlpot.nn.train.TrainingResult;

/**
 * Trains the model a {@link Spec} describes, as {@code mlpot train} does: the same spec, frames and
 * seed give the same model bit for bit, on any number of threads. Immutable: each {@code with…}
 * method returns a new training. Neural networks are trained epoch by epoch as the spec's
 * {@code train} block says; Gaussian processes are fitted in one pass.
 *
 * <pre>{@code
 * TrainedModel trained = Training.of(Spec.load(Path.of("si.mlpot")))
 *         .withThreads(2)
 *         .run(errors -> {
 *             System.out.println(errors);
 *             return ObserverAction.CONTINUE;
 *         });
 * trained.model().save(Path.of("si.mlpmodel"));
 * }</pre>
 */
public final class Training {
    /** The errors of a part without frames or labels. */
    private static final EpochErrors.Errors NO_ERRORS = new EpochErrors.Errors(OptionalDouble.empty(), OptionalDouble.empty());

    private final Spec spec;
    private final List<Path> dataFiles; // null: the spec's data files, unless frames are given
    private final List<Frame> frames; // null: read the data files
    private final int threads;
    private final OptionalLong seed;

    private Training(Spec spec, List<Path> dataFiles, List<Frame> frames, int threads, OptionalLong seed) {
        this.spec = spec;
        this.dataFiles = dataFiles;
        this.frames = frames;
        this.threads = threads;
        this.seed = seed;
    }

    /** A training of {@code spec} on its own data files, on all processors, with its own seeds. */
    public static Training of(Spec spec) {
        return new Training(Objects.requireNonNull(spec, "spec is null"), null, null,
                Runtime.getRuntime().availableProcessors(), OptionalLong.empty());
    }

    /**
     * This training on frames in memory instead of data files. Frames in memory are not recorded in
     * the model's provenance (which lists data files with their hashes).
     *
     * @param trainingFrames labelled frames (energies, and forces when the loss weighs them); not modified
     */
    public Training withFrames(List<Frame> trainingFrames) {
        Objects.requireNonNull(trainingFrames, "trainingFrames is null");
        return new Training(spec, null, List.copyOf(trainingFrames), threads, seed);
    }

    /**
     * This training on data files instead of the spec's: extended XYZ ({@code *.xyz}, {@code *.extxyz},
     * optionally gzip-compressed) or n2p2 {@code *.data} in Å and eV. Their hashes go into the provenance.
     */
    public Training withDataFiles(List<Path> files) {
        Objects.requireNonNull(files, "files is null");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("give at least one data file");
        }
        return new Training(spec, List.copyOf(files), null, threads, seed);
    }

    /**
     * This training on {@code count} threads. The result does not depend on it; a Gaussian process
     * trained here also uses them over the atoms of each structure it evaluates.
     *
     * @throws IllegalArgumentException when count is less than 1
     */
    public Training withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new Training(spec, dataFiles, frames, count, seed);
    }

    /**
     * This training with {@code newSeed} in place of the spec's training and network seeds (neural
     * networks only; a Gaussian process takes its seed from the spec's {@code train} block).
     */
    public Training withSeed(long newSeed) {
        return new Training(spec, dataFiles, frames, threads, OptionalLong.of(newSeed));
    }

    /** Trains without a callback; see {@link #run(EpochCallback)}. */
    public TrainedModel run() {
        return run(EpochCallback.none());
    }

    /**
     * Trains the model.
     *
     * @param callback told about every epoch (see {@link EpochCallback}); may stop a neural network early
     * @throws InputException when there are no frames or data files, the data are unusable (unknown
     *     elements, missing labels, too few frames), or a seed is given for a Gaussian process
     */
    public TrainedModel run(EpochCallback callback) {
        Objects.requireNonNull(callback, "callback is null");
        List<DataFileDigest> digests = new ArrayList<>();
        Dataset data = data(digests);
        Descriptor descriptor = spec.descriptor();
        if (spec.isGaussianProcess()) {
            return fitGaussianProcess(data, descriptor, digests, callback);
        }
        TrainingOptions options = new TrainingOptions(threads, Optional.empty(), false, Optional.empty(), seed);
        EpochListener listener = new EpochListener(callback);
        TrainingResult result = new NeuralNetworkTrainer(spec.modelSpec(), descriptor, options).train(data, listener);
        Model model = Model.of(inCallingThread(result.potential()), provenance(digests, result.seed()));
        return new TrainedModel(model, listener.history, result.bestEpoch(), result.stoppedEarly(), result.seed());
    }

    private TrainedModel fitGaussianProcess(Dataset data, Descriptor descriptor, List<DataFileDigest> digests,
                                            EpochCallback callback) {
        if (seed.isPresent()) {
            throw new InputException("a seed override applies to neural-network training; the Gaussian process "
                    + spec.name() + " takes its seed from the train block of " + spec.fileName());
        }
        GaussianProcessResult result = new GaussianProcessTrainer(spec.modelSpec(), descriptor, threads)
                .train(data, note -> { });
        EpochErrors errors = new EpochErrors(1, result.train().map(Training::errors).orElse(NO_ERRORS),
                result.validation().map(Training::errors));
        callback.epochFinished(errors);
        Model model = Model.of(result.potential(), provenance(digests, result.seed()));
        return new TrainedModel(model, List.of(errors), 1, false, result.seed());
    }

    private static EpochErrors.Errors errors(EvaluationMetrics metrics) {
        return new EpochErrors.Errors(metrics.energyRmsePerAtom(), metrics.forceRmse());
    }

    private static EpochErrors.Errors errors(ErrorSums sums) {
        return new EpochErrors.Errors(finite(sums.energyRmse()), finite(sums.forceRmse()));
    }

    private static OptionalDouble finite(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The frames to train on; adds each data file's digest and frame count to {@code digests}. */
    private Dataset data(List<DataFileDigest> digests) {
        if (frames != null) {
            if (frames.isEmpty()) {
                throw new InputException("no frames to train " + spec.name() + " on; give labelled structures");
            }
            return Dataset.of(spec.name() + " (frames in memory)", frames);
        }
        List<Path> files = dataFiles != null ? dataFiles : spec.dataFiles();
        if (files.isEmpty()) {
            throw new InputException(spec.fileName() + ": model " + spec.name()
                    + " has no data files in its train block; add them there, or give frames or data files to the training");
        }
        List<Frame> all = new ArrayList<>();
        for (Path file : files) {
            int before = all.size();
            try (FrameReader reader = FrameFormat.of(file).openReader(file, N2p2Units.ANGSTROM_EV)) {
                reader.forEachRemaining(all::add);
            }
            digests.add(DataFileDigest.of(file, all.size() - before));
        }
        if (all.isEmpty()) {
            throw new InputException(files + ": no frames to train on; give files with labelled structures");
        }
        return Dataset.of(files.size() == 1 ? files.get(0).toString() : files.toString(), all);
    }

    private Provenance provenance(List<DataFileDigest> digests, long usedSeed) {
        return new Provenance(spec.text(), digests, usedSeed, mlpotVersion(), Instant.now());
    }

    /** The same networks, evaluating each structure in the calling thread (batches parallelise over structures instead). */
    private static NeuralNetworkPotential inCallingThread(NeuralNetworkPotential trained) {
        int species = trained.descriptor().elements().size();
        List<DenseNetwork> networks = new ArrayList<>(species);
        for (int s = 0; s < species; s++) {
            networks.add(trained.network(s));
        }
        return new NeuralNetworkPotential(trained.name(), trained.descriptor(), trained.scaling(), networks,
                trained.normalization(), 1).withComputePath(trained.computePath());
    }

    /** This mlpot's version from the jar manifest, or {@code development} when run from classes. */
    static String mlpotVersion() {
        String version = Training.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Passes each epoch's errors to the callback and remembers whether it asked to stop. */
    private static final class EpochListener implements TrainingListener {
        private final EpochCallback callback;
        private final List<EpochErrors> history = new ArrayList<>();
        private boolean stop;

        EpochListener(EpochCallback callback) {
            this.callback = callback;
        }

        @Override
        public void epochFinished(EpochMetrics metrics) {
            EpochErrors errors = new EpochErrors(metrics.epoch(), errors(metrics.train()),
                    Optional.ofNullable(metrics.validation()).map(Training::errors));
            history.add(errors);
            stop = callback.epochFinished(errors) == ObserverAction.STOP;
        }

        @Override
        public boolean stopRequested() {
            return stop;
        }
    }
}
