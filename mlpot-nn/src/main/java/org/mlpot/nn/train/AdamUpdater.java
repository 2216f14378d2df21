package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.mlpot.spec.Optimizer;
import org.mlpot.spec.Schedule;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction on shuffled mini-batches: each epoch visits every
 * training frame once, in an order drawn from the seed and the epoch, with the learning rate of the
 * schedule. Its moments are part of a checkpoint.
 */
final class AdamUpdater implements EpochUpdater {
    private final Optimizer.Adam settings;
    private final Schedule schedule;
    private final int batch;
    private final TrainingLoss loss;
    private final FittingSet trainSet;
    private final long seed;
    private final double[] first;
    private final double[] second;
    private long steps;

    AdamUpdater(Optimizer.Adam settings, Schedule schedule, int batch, TrainingLoss loss, FittingSet trainSet, long seed,
                int parameters) {
        this.settings = settings;
        this.schedule = schedule;
        this.batch = batch;
        this.loss = loss;
        this.trainSet = trainSet;
        this.seed = seed;
        this.first = new double[parameters];
        this.second = new double[parameters];
    }

    @Override
    public double epoch(int epoch, double[] parameters, TrainingListener listener) {
        double rate = schedule.rate(settings.learningRate(), epoch);
        int[] order = Permutations.shuffled(trainSet.size(), Permutations.ofEpoch(seed, epoch));
        int updates = (order.length + batch - 1) / batch;
        listener.epochStarted(epoch + 1, updates);
        double[] gradient = new double[parameters.length];
        for (int u = 0; u < updates; u++) {
            int[] members = Arrays.copyOfRange(order, u * batch, Math.min(order.length, (u + 1) * batch));
            loss.evaluate(parameters, trainSet, members, gradient);
            step(parameters, gradient, rate);
            listener.updateDone();
        }
        return rate;
    }

    @Override
    public boolean refitsOutputBiases() {
        return true;
    }

    /** One step of size {@code learningRate} along the gradient; {@code parameters} is modified. */
    void step(double[] parameters, double[] gradient, double learningRate) {
        steps++;
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double correction1 = 1 - Math.pow(b1, steps);
        double correction2 = 1 - Math.pow(b2, steps);
        double eps = settings.epsilon();
        for (int q = 0; q < parameters.length; q++) {
            double g = gradient[q];
            first[q] = b1 * first[q] + (1 - b1) * g;
            second[q] = b2 * second[q] + (1 - b2) * g * g;
            double mHat = first[q] / correction1;
            double vHat = second[q] / correction2;
            parameters[q] -= learningRate * mHat / (Math.sqrt(vHat) + eps);
        }
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeLong(steps);
        Checkpoint.writeArray(out, first);
        Checkpoint.writeArray(out, second);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        steps = in.readLong();
        Checkpoint.readArrayInto(in, first);
        Checkpoint.readArrayInto(in, second);
    }
}
