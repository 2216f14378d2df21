package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.mlpot.cli.plot.LearningCurve;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.data.Split;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.io.FrameReader;
import org.mlpot.io.InputException;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.gp.train.GaussianProcessTrainer;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.metrics.EvaluationMetrics;
import org.mlpot.nn.train.EpochMetrics;
import org.mlpot.nn.train.ErrorSums;
import org.mlpot.nn.train.NeuralNetworkTrainer;
import org.mlpot.nn.train.TrainingListener;
import org.mlpot.nn.train.TrainingOptions;
import org.mlpot.nn.train.TrainingResult;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.spec.ModelSpec;
import org.mlpot.spec.TrainingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mlpot train}: fits the model a spec describes and writes the model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the model a spec file describes on its data (or --data) and write the model file.",
            "Neural networks: per-epoch errors go to the console, to MODEL.metrics.csv and as a picture to "
                + "MODEL.learning-curve.png; a checkpoint MODEL.checkpoint "
                + "is kept every checkpoint_every epochs, from which --resume continues to the same model an uninterrupted "
                + "run gives. Gaussian processes: one pass (sparse points, then the weights), with errors and "
                + "uncertainty calibration on the training, validation and test frames.",
            "With --plot DIR the trained model is evaluated on the held-out test frames (the validation frames when "
                + "there are none) and their parity plots and error histograms (as eval --plot draws them) and the "
                + "learning curve go into DIR."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The .mlpot spec file.")
    Path specFile;

    @Option(names = {"--data", "--in"}, paramLabel = "FILE",
            description = "Training data (extxyz or n2p2), replacing the spec's data files; repeat for several files.")
    List<Path> data = new ArrayList<>();

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "MODEL",
            description = "The model file to write (default: the model's name + " + ModelStore.EXTENSION + ").")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the spec's training and network seeds.")
    Long seed;

    @Option(names = "--resume", description = "Continue from MODEL.checkpoint, written by an earlier run of the same spec, data and seed.")
    boolean resume;

    @Option(names = "--plot", paramLabel = "DIR", description = "After training, write parity plots and error histograms "
            + "of the held-out test frames, and the learning curve, as PNG files into DIR (created if needed).")
    Path plotFolder;

    @Mixin
    JsonOption json;

    @Mixin
    ThreadsOption threads;

    @Mixin
    FileOptions files;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelSpec model = SpecLoader.load(specFile);
        Descriptor descriptor = SpecLoader.descriptor(model);
        List<Path> dataFiles = !data.isEmpty() ? data
                : model.training().map(t -> t.data()).orElseThrow(() -> new InputException(specFile
                        + ": model " + model.name() + " has no train block; add one or pass --data"));
        List<DataFileDigest> digests = new ArrayList<>();
        Dataset dataset = read(dataFiles, digests);
        Path modelFile = output != null ? output : Path.of(model.name() + ModelStore.EXTENSION);
        Path checkpoint = Path.of(modelFile + ".checkpoint");
        Path metrics = Path.of(modelFile + ".metrics.csv");
        if (resume && !Files.exists(checkpoint)) {
            throw new InputException("--resume: no checkpoint " + checkpoint + " to continue from; run without --resume");
        }
        int threadCount = threads.count();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = json.notes(spec);
        if (model.isGaussianProcess()) {
            if (resume || seed != null) {
                throw new InputException("--resume and --seed apply to neural-network training; a Gaussian-process fit"
                        + " takes its seed from the train block and runs in one pass");
            }
            GaussianProcessResult result;
            try (LazyProgress descriptors = new LazyProgress("descriptors", "frames")) {
                result = new GaussianProcessTrainer(model, descriptor, threadCount).train(dataset, note -> {
                    descriptors.close();
                    if (!common.quiet) {
                        notes.println(note);
                        notes.flush();
                    }
                }, descriptors::stepTo);
            }
            ModelStore.writeGaussianProcess(modelFile, result, specFile, digests);
            HeldOut heldOut = plotFolder == null ? null : plot(result.potential(), model, dataset, result.seed());
            if (json.json) {
                Json.print(out, gaussianProcessJson(model, result, modelFile, heldOut));
                return ExitCode.SUCCESS;
            }
            out.print(GaussianProcessSummary.of(result, modelFile));
            printPlots(out, heldOut);
            out.flush();
            return ExitCode.SUCCESS;
        }
        TrainingOptions options = new TrainingOptions(threadCount, Optional.of(checkpoint), resume, Optional.of(metrics),
                seed != null ? OptionalLong.of(seed) : OptionalLong.empty());
        TrainingResult result;
        try (ConsoleListener listener = new ConsoleListener(notes, common.quiet)) {
            result = new NeuralNetworkTrainer(model, descriptor, options).train(dataset, listener);
        }
        ModelStore.writeNeuralNetwork(modelFile, result, specFile, digests);
        Path curve = Path.of(modelFile + ".learning-curve.png");
        String curveTitle = model.name() + ": errors per epoch";
        LearningCurve.write(curve, curveTitle, result.history());
        HeldOut heldOut = null;
        if (plotFolder != null) {
            heldOut = plot(result.potential(), model, dataset, result.seed());
            Path copy = plotFolder.resolve("learning-curve.png");
            LearningCurve.write(copy, curveTitle, result.history());
            heldOut.files().add(copy);
        }
        if (json.json) {
            Json.print(out, neuralNetworkJson(model, result, modelFile, metrics, checkpoint, curve, heldOut));
            return ExitCode.SUCCESS;
        }
        out.print(summary(result, modelFile, metrics));
        out.println("learning curve: " + curve);
        printPlots(out, heldOut);
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** All frames of the files, in order; adds each file's digest and frame count to {@code digests}. */
    private Dataset read(List<Path> dataFiles, List<DataFileDigest> digests) {
        List<Frame> frames = new ArrayList<>();
        try (FileProgress progress = FileProgress.start(common, "reading", dataFiles, spec.commandLine().getErr())) {
            for (Path file : dataFiles) {
                int before = frames.size();
                try (FrameReader reader = files.reader(file)) {
                    while (reader.hasNext()) {
                        frames.add(reader.next());
                        progress.frameDone(reader);
                    }
                }
                progress.fileDone(file);
                digests.add(DataFileDigest.of(file, frames.size() - before));
            }
        }
        if (frames.isEmpty()) {
            throw new InputException(dataFiles + ": no frames to train on; give files with labelled structures");
        }
        return Dataset.of(dataFiles.size() == 1 ? dataFiles.get(0).toString() : dataFiles.toString(), frames);
    }

    /**
     * The plots of a trained model on held-out frames.
     *
     * @param part which frames: "test", "validation" or "training" (when nothing was held out)
     * @param frames how many
     * @param files the PNG files written
     */
    private record HeldOut(String part, int frames, List<Path> files) {
    }

    /**
     * Evaluates the trained potential on the frames the training held out, in the split the trainer
     * made (same fractions and seed), and writes their parity plots and error histograms.
     */
    private HeldOut plot(Potential potential, ModelSpec model, Dataset dataset, long splitSeed) {
        TrainingSpec training = model.training().orElseThrow();
        Split split = Split.of(dataset, training.validationFraction(), training.testFraction(), splitSeed);
        String part = !split.test().isEmpty() ? "test" : !split.validation().isEmpty() ? "validation" : "training";
        Dataset frames = !split.test().isEmpty() ? split.test() : !split.validation().isEmpty() ? split.validation() : split.train();
        ParityData parity = new ParityData();
        try (Progress progress = common.progress("plot (" + part + " frames)", frames.size(), "frames",
                spec.commandLine().getErr())) {
            int done = 0;
            for (Frame frame : frames.frames()) {
                parity.add(frame, potential.evaluate(frame.structure(), EnumSet.of(Property.ENERGY, Property.FORCES)));
                progress.stepTo(++done, "");
            }
        }
        return new HeldOut(part, frames.size(), new ArrayList<>(parity.write(plotFolder, model.name() + " (" + part + ")")));
    }

    private static void printPlots(PrintWriter out, HeldOut heldOut) {
        if (heldOut == null) {
            return;
        }
        out.printf(Locale.ROOT, "plots of the %d %s frames:%n", heldOut.frames(), heldOut.part());
        for (Path plot : heldOut.files()) {
            out.println("plot: " + plot);
        }
    }

    private static void putPlots(ObjectNode node, HeldOut heldOut) {
        if (heldOut != null) {
            node.put("plot_frames", heldOut.part());
            Json.putPaths(node, "plots", heldOut.files());
        }
    }

    private static ObjectNode frames(ObjectNode node, int[] frames) {
        ObjectNode split = node.putObject("frames");
        split.put("train", frames[0]);
        split.put("validation", frames[1]);
        split.put("test", frames[2]);
        return split;
    }

    /** The training result as JSON: split sizes, errors per split (eV/atom, eV/Å), best epoch, the files written. */
    private static ObjectNode neuralNetworkJson(ModelSpec model, TrainingResult result, Path modelFile, Path metrics,
                                                Path checkpoint, Path curve, HeldOut heldOut) {
        ObjectNode node = Json.object();
        node.put("model", model.name());
        node.put("kind", "neural_network");
        node.put("seed", result.seed());
        frames(node, result.frames());
        node.put("epochs", result.history().size());
        node.put("best_epoch", result.bestEpoch());
        node.put("stopped_early", result.stoppedEarly());
        EpochMetrics best = result.history().get(Math.max(0, result.bestEpoch() - 1));
        ObjectNode errors = node.putObject("errors");
        errors(errors.putObject("train"), best.train());
        if (best.validation() != null) {
            errors(errors.putObject("validation"), best.validation());
        }
        result.test().ifPresent(t -> errors(errors.putObject("test"), t));
        Json.put(node, "model_file", modelFile);
        Json.put(node, "metrics_file", metrics);
        Json.put(node, "checkpoint", checkpoint);
        Json.put(node, "learning_curve", curve);
        putPlots(node, heldOut);
        return node;
    }

    private static void errors(ObjectNode node, ErrorSums e) {
        Json.put(node, "energy_rmse_per_atom", e.energyRmse());
        Json.put(node, "force_rmse", e.forceRmse());
    }

    /** The fit as JSON: split sizes, hyperparameters, log likelihood, errors and calibration per split, the files. */
    private static ObjectNode gaussianProcessJson(ModelSpec model, GaussianProcessResult result, Path modelFile,
                                                 HeldOut heldOut) {
        ObjectNode node = Json.object();
        node.put("model", model.name());
        node.put("kind", "gaussian_process");
        node.put("seed", result.seed());
        frames(node, result.frames());
        node.put("sparse_points", result.sparsePoints());
        ObjectNode hyper = node.putObject("hyperparameters");
        Json.put(hyper, "delta", result.hyperparameters().delta());
        Json.put(hyper, "energy_noise_per_atom", result.hyperparameters().energy());
        Json.put(hyper, "force_noise", result.hyperparameters().force());
        Json.put(hyper, "stress_noise", result.hyperparameters().stress());
        Json.put(node, "log_likelihood", result.logLikelihood());
        node.put("observations", result.observations());
        Json.put(node, "seconds", result.seconds());
        ObjectNode errors = node.putObject("errors");
        putMetrics(errors, "train", result.train());
        putMetrics(errors, "validation", result.validation());
        putMetrics(errors, "test", result.test());
        Json.put(node, "model_file", modelFile);
        putPlots(node, heldOut);
        return node;
    }

    private static void putMetrics(ObjectNode errors, String part, Optional<EvaluationMetrics> metrics) {
        metrics.ifPresent(m -> errors.set(part, EvalCommand.toJson(m)));
    }

    private static String summary(TrainingResult result, Path modelFile, Path metrics) {
        StringBuilder s = new StringBuilder();
        int[] frames = result.frames();
        s.append(String.format(Locale.ROOT, "trained on %d frames (validation %d, test %d), seed %d; best epoch %d of %d%s%n",
                frames[0], frames[1], frames[2], result.seed(), result.bestEpoch(), result.history().size(),
                result.stoppedEarly() ? " (stopped early)" : ""));
        EpochMetrics best = result.history().get(Math.max(0, result.bestEpoch() - 1));
        s.append(line("train", best.train()));
        if (best.validation() != null) {
            s.append(line("validation", best.validation()));
        }
        result.test().ifPresent(t -> s.append(line("test", t)));
        s.append("model: ").append(modelFile).append('\n');
        s.append("metrics: ").append(metrics).append('\n');
        return s.toString();
    }

    private static String line(String part, ErrorSums e) {
        return String.format(Locale.ROOT, "  %-10s energy RMSE %9.3f meV/atom   force RMSE %8.2f meV/Å%n", part,
                1000 * e.energyRmse(), 1000 * e.forceRmse());
    }

    /**
     * A progress bar or lines that start with a step, when the total becomes known, and end when the
     * total is reached or on closing; a later step starts them again.
     */
    private final class LazyProgress implements AutoCloseable {
        private final String task;
        private final String unit;
        private Progress progress;

        LazyProgress(String task, String unit) {
            this.task = task;
            this.unit = unit;
        }

        /** {@code done} of {@code total} units are done. */
        void stepTo(int done, int total) {
            if (progress == null) {
                progress = common.progress(task, total, unit, spec.commandLine().getErr());
            }
            progress.stepTo(done, "");
            if (done >= total) {
                close();
            }
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }
    }

    /**
     * Epoch lines (current training and validation errors) on {@code out}; a progress bar over the
     * descriptors of all frames and one over each epoch's updates (showing the last epoch's errors).
     */
    private final class ConsoleListener implements TrainingListener, AutoCloseable {
        private final PrintWriter out;
        private final boolean quiet;
        private final LazyProgress descriptors = new LazyProgress("descriptors", "frames");
        private Progress progress;
        private long done;
        private int epochs;
        private String lastErrors = "";

        ConsoleListener(PrintWriter out, boolean quiet) {
            this.out = out;
            this.quiet = quiet;
        }

        @Override
        public void featuresComputed(int frames, int total) {
            descriptors.stepTo(frames, total);
        }

        @Override
        public void started(String summary, int epochCount) {
            this.epochs = epochCount;
            if (!quiet) {
                out.println(summary);
                out.flush();
            }
        }

        @Override
        public void epochStarted(int epoch, int updates) {
            closeEpoch();
            done = 0;
            progress = common.progress(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), updates, "updates",
                    spec.commandLine().getErr());
        }

        @Override
        public void updateDone() {
            if (progress != null) {
                progress.stepTo(++done, lastErrors);
            }
        }

        @Override
        public void epochFinished(EpochMetrics metrics) {
            closeEpoch();
            lastErrors = String.format(Locale.ROOT, ", last epoch: train E %.3g meV/atom F %.3g meV/Å",
                    1000 * metrics.train().energyRmse(), 1000 * metrics.train().forceRmse())
                    + (metrics.validation() == null ? "" : String.format(Locale.ROOT, ", validation E %.3g F %.3g",
                            1000 * metrics.validation().energyRmse(), 1000 * metrics.validation().forceRmse()));
            if (!quiet) {
                out.println(metrics);
                out.flush();
            }
        }

        @Override
        public void note(String message) {
            if (!quiet) {
                out.println(message);
                out.flush();
            }
        }

        private void closeEpoch() {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }

        @Override
        public void close() {
            closeEpoch();
            descriptors.close();
        }
    }
}
