package org.mlpot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.mlpot.cli.plot.LearningCurve;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.io.FrameReader;
import org.mlpot.io.InputException;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.gp.train.GaussianProcessTrainer;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.nn.train.EpochMetrics;
import org.mlpot.nn.train.ErrorSums;
import org.mlpot.nn.train.NeuralNetworkTrainer;
import org.mlpot.nn.train.TrainingListener;
import org.mlpot.nn.train.TrainingOptions;
import org.mlpot.nn.train.TrainingResult;
import org.mlpot.spec.ModelSpec;
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
                + "uncertainty calibration on the training, validation and test frames."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "The .mlpot spec file.")
    Path specFile;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Training data (extxyz or n2p2), replacing the spec's data files; repeat for several files.")
    List<Path> data = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL",
            description = "The model file to write (default: the model's name + " + ModelStore.EXTENSION + ").")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the spec's training and network seeds.")
    Long seed;

    @Option(names = "--resume", description = "Continue from MODEL.checkpoint, written by an earlier run of the same spec, data and seed.")
    boolean resume;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors). The result does not depend on it.")
    Integer threads;

    @Mixin
    FileOptions files;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        if (model.isGaussianProcess()) {
            if (resume || seed != null) {
                throw new InputException("--resume and --seed apply to neural-network training; a Gaussian-process fit"
                        + " takes its seed from the train block and runs in one pass");
            }
            GaussianProcessResult result = new GaussianProcessTrainer(model, descriptor, threadCount).train(dataset, note -> {
                if (!common.quiet) {
                    out.println(note);
                    out.flush();
                }
            });
            ModelStore.writeGaussianProcess(modelFile, result, specFile, digests);
            out.print(GaussianProcessSummary.of(result, modelFile));
            out.flush();
            return ExitCode.SUCCESS;
        }
        TrainingOptions options = new TrainingOptions(threadCount, Optional.of(checkpoint), resume, Optional.of(metrics),
                seed != null ? OptionalLong.of(seed) : OptionalLong.empty());
        TrainingResult result;
        try (ConsoleListener listener = new ConsoleListener(out, common.quiet)) {
            result = new NeuralNetworkTrainer(model, descriptor, options).train(dataset, listener);
        }
        ModelStore.writeNeuralNetwork(modelFile, result, specFile, digests);
        Path curve = Path.of(modelFile + ".learning-curve.png");
        LearningCurve.write(curve, model.name() + ": errors per epoch", result.history());
        out.print(summary(result, modelFile, metrics));
        out.println("learning curve: " + curve);
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** All frames of the files, in order; adds each file's digest and frame count to {@code digests}. */
    private Dataset read(List<Path> dataFiles, List<DataFileDigest> digests) {
        List<Frame> frames = new ArrayList<>();
        for (Path file : dataFiles) {
            int before = frames.size();
            try (FrameReader reader = files.reader(file)) {
                while (reader.hasNext()) {
                    frames.add(reader.next());
                }
            }
            digests.add(DataFileDigest.of(file, frames.size() - before));
        }
        if (frames.isEmpty()) {
            throw new InputException(dataFiles + ": no frames to train on; give files with labelled structures");
        }
        return Dataset.of(dataFiles.size() == 1 ? dataFiles.get(0).toString() : dataFiles.toString(), frames);
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

    /** Epoch lines on the console, a progress bar over each epoch's updates on a terminal. */
    private static final class ConsoleListener implements TrainingListener, AutoCloseable {
        private final PrintWriter out;
        private final boolean quiet;
        private Progress progress;
        private long done;
        private int epochs;

        ConsoleListener(PrintWriter out, boolean quiet) {
            this.out = out;
            this.quiet = quiet;
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
            close();
            done = 0;
            progress = Progress.start(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs), updates, "updates", quiet);
        }

        @Override
        public void updateDone() {
            if (progress != null) {
                progress.stepTo(++done, "");
            }
        }

        @Override
        public void epochFinished(EpochMetrics metrics) {
            close();
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

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }
    }
}
