package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.mlpot.spec.LossWeights;
import org.mlpot.spec.Optimizer;

/**
 * n2p2-style Kalman-filter epochs: every training structure's energy per atom and a random
 * {@code force_fraction} of its force components, in random order (drawn from the seed and the
 * epoch), each observable one {@link KalmanFilter} update. Errors and gradients are divided by the
 * spread of their kind over the training set (energies per atom: their standard deviation; forces:
 * their root mean square), as n2p2 normalises its data, and multiplied by the square root of their
 * loss weight.
 */
final class KalmanUpdater implements EpochUpdater {
    private final Optimizer.Kalman settings;
    private final LossWeights weights;
    private final ObservableJacobians jacobians;
    private final FittingSet trainSet;
    private final long seed;
    private final KalmanFilter filter;

    KalmanUpdater(Optimizer.Kalman settings, LossWeights weights, ObservableJacobians jacobians, FittingSet trainSet,
                  long seed, int parameters, ForkJoinPool pool) {
        this.settings = settings;
        this.weights = weights;
        this.jacobians = jacobians;
        this.trainSet = trainSet;
        this.seed = seed;
        this.filter = new KalmanFilter(parameters, pool);
    }

    @Override
    public double epoch(int epoch, double[] parameters, TrainingListener listener) {
        SplittableRandom random = Permutations.ofEpoch(seed, epoch);
        double energyWeight = Math.sqrt(weights.energy()) / energySpread();
        double forceWeight = Math.sqrt(weights.forces()) / forceSpread();
        List<int[]> updates = new ArrayList<>();
        for (int m = 0; m < trainSet.size(); m++) {
            if (energyWeight > 0 && trainSet.hasEnergy(m)) {
                updates.add(new int[] {m, -1});
            }
            if (forceWeight > 0 && trainSet.forces(m) != null) {
                int components = 3 * trainSet.atoms(m);
                int chosen = Math.max(1, (int) Math.round(settings.forceFraction() * components));
                int[] order = Permutations.shuffled(components, random);
                for (int c = 0; c < chosen; c++) {
                    updates.add(new int[] {m, order[c]});
                }
            }
        }
        int[] order = Permutations.shuffled(updates.size(), random);
        listener.epochStarted(epoch + 1, order.length);
        double[] jacobian = new double[parameters.length];
        for (int u = 0; u < order.length; u++) {
            int m = updates.get(order[u])[0];
            int k = updates.get(order[u])[1];
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
            filter.update(parameters, jacobian, weight * error, epoch + (double) u / order.length);
            listener.updateDone();
        }
        return Double.NaN;
    }

    @Override
    public boolean refitsOutputBiases() {
        return true;
    }

    /** The standard deviation of the training energies per atom after the reference energies, eV/atom (1 if 0). */
    private double energySpread() {
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (int m = 0; m < trainSet.size(); m++) {
            if (trainSet.hasEnergy(m)) {
                double baseline = 0;
                for (int i = 0; i < trainSet.atoms(m); i++) {
                    baseline += jacobians.constant(trainSet.features(m).species(i));
                }
                double perAtom = (trainSet.energy(m) - baseline) / trainSet.atoms(m);
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

    @Override
    public void write(DataOutputStream out) throws IOException {
        filter.write(out);
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        filter.read(in);
    }
}
