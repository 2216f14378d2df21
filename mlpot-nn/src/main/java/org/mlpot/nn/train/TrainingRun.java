package org.mlpot.nn.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mlpot.io.InputException;
import org.mlpot.spec.TrainingSpec;

/**
 * The epochs of one training run and its state between them: the parameters, the best epoch so far
 * (lowest validation loss, or training loss without validation frames), early stopping, the metrics,
 * the per-epoch CSV and the checkpoints. Resuming restores all of it from a {@link Checkpoint}.
 */
final class TrainingRun {
    private final TrainingSpec training;
    private final EpochUpdater updater;
    private final TrainingLoss loss;
    private final Consumer<double[]> afterEpoch;
    private final FittingSet trainSet;
    private final FittingSet validationSet;
    private final Optional<Path> checkpoint;
    private final Optional<Path> metricsCsv;
    private final TrainingListener listener;
    private final List<EpochMetrics> history = new ArrayList<>();
    private String fingerprint;
    private double[] parameters;
    private double[] best;
    private int bestEpoch;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private boolean stopped;
    private int epochsDone;

    /**
     * A run.
     *
     * @param afterEpoch what follows each epoch's updates, given the parameters to modify (the output-bias fit, or nothing)
     * @param validationSet the validation frames, or null
     */
    TrainingRun(TrainingSpec training, EpochUpdater updater, TrainingLoss loss, Consumer<double[]> afterEpoch, FittingSet trainSet,
                FittingSet validationSet, TrainingOptions options, TrainingListener listener) {
        this.training = training;
        this.updater = updater;
        this.loss = loss;
        this.afterEpoch = afterEpoch;
        this.trainSet = trainSet;
        this.validationSet = validationSet;
        this.checkpoint = options.checkpoint();
        this.metricsCsv = options.metricsCsv();
        this.listener = listener;
    }

    /** Starts from {@code initial}, or, when {@code resume}, from the checkpoint of the run with this fingerprint. */
    void start(double[] initial, String runFingerprint, boolean resume) {
        this.fingerprint = runFingerprint;
        this.parameters = initial;
        this.best = initial.clone();
        if (!resume) {
            return;
        }
        Path file = checkpoint.orElseThrow();
        Checkpoint c = Checkpoint.read(file, fingerprint);
        if (c.parameters().length != parameters.length) {
            throw new InputException("the checkpoint " + file + " holds " + c.parameters().length
                    + " parameters, this model has " + parameters.length);
        }
        parameters = c.parameters();
        best = c.best();
        bestEpoch = c.bestEpoch();
        bestLoss = c.bestLoss();
        stopped = c.stopped();
        epochsDone = c.epochs();
        history.addAll(c.history());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(c.optimizerState()))) {
            updater.read(in);
        } catch (IOException e) {
            throw new InputException("the checkpoint " + file + " holds an optimiser state this spec's optimiser cannot use ("
                    + e.getMessage() + "); train afresh without --resume");
        }
        listener.note("resumed from " + file + " after epoch " + epochsDone);
        writeMetrics();
    }

    /** Runs the remaining epochs, until the last, until early stopping or until the listener asks to stop. */
    void epochs() {
        for (int epoch = epochsDone; epoch < training.epochs() && !stopped; epoch++) {
            long started = System.nanoTime();
            double rate = updater.epoch(epoch, parameters, listener);
            afterEpoch.accept(parameters);
            int[] all = Permutations.identity(trainSet.size());
            ErrorSums trainErrors = loss.evaluate(parameters, trainSet, all, null);
            if (!Double.isFinite(trainErrors.loss())) {
                throw new InputException("training diverged in epoch " + (epoch + 1) + " (the loss is " + trainErrors.loss()
                        + "): lower the learning rate or check the data for outliers");
            }
            ErrorSums validationErrors = validationSet == null ? null
                    : loss.evaluate(parameters, validationSet, Permutations.identity(validationSet.size()), null);
            EpochMetrics metrics = new EpochMetrics(epoch + 1, rate, trainErrors, validationErrors,
                    (System.nanoTime() - started) * 1e-9);
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
            if (!stopped && listener.stopRequested()) {
                stopped = true;
                listener.note("stopped on request after epoch " + epochsDone + "; keeping epoch " + bestEpoch);
            }
            writeMetrics();
            if (epochsDone % training.checkpointEvery() == 0 || epochsDone == training.epochs() || stopped) {
                writeCheckpoint();
            }
        }
    }

    /** The parameters of the best epoch with validation frames, the last ones without. */
    double[] result() {
        return validationSet != null && bestEpoch > 0 ? best : parameters;
    }

    List<EpochMetrics> history() {
        return history;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    boolean stopped() {
        return stopped;
    }

    private void writeMetrics() {
        metricsCsv.ifPresent(path -> MetricsCsv.write(path, history));
    }

    private void writeCheckpoint() {
        checkpoint.ifPresent(path -> {
            new Checkpoint(fingerprint, epochsDone, parameters, best, bestEpoch, bestLoss, stopped, updaterState(), history)
                    .write(path);
            listener.note("checkpoint written after epoch " + epochsDone + ": " + path);
        });
    }

    private byte[] updaterState() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            updater.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
