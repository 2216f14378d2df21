package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.ToDoubleBiFunction;

/**
 * Limited-memory BFGS on the whole training set (the optimiser aenet uses for
 * Behler–Parrinello networks): the two-loop recursion over the last {@code history} steps, with a
 * backtracking line search that accepts the first step meeting the Armijo condition
 * ({@code c₁ = 10⁻⁴}). A direction that does not descend clears the history and falls back to the
 * gradient. The history is part of a checkpoint.
 */
final class LbfgsUpdater implements EpochUpdater {
    private static final double ARMIJO = 1e-4;
    private static final int MAX_BACKTRACKS = 30;

    private final int history;
    private final TrainingLoss loss;
    private final FittingSet trainSet;
    private final int parameters;
    private final Deque<double[]> steps = new ArrayDeque<>();
    private final Deque<double[]> changes = new ArrayDeque<>();

    LbfgsUpdater(int history, TrainingLoss loss, FittingSet trainSet, int parameters) {
        this.history = history;
        this.loss = loss;
        this.trainSet = trainSet;
        this.parameters = parameters;
    }

    /** One iteration on the whole training set. */
    @Override
    public double epoch(int epoch, double[] point, TrainingListener listener) {
        listener.epochStarted(epoch + 1, 1);
        int[] members = Permutations.identity(trainSet.size());
        double[] gradient = new double[point.length];
        double value = loss.evaluate(point, trainSet, members, gradient).loss();
        iterate(point, value, gradient, (p, g) -> loss.evaluate(p, trainSet, members, g).loss());
        listener.updateDone();
        return Double.NaN;
    }

    /** No: a shift of the parameters between iterations would spoil the curvature pairs. */
    @Override
    public boolean refitsOutputBiases() {
        return false;
    }

    /**
     * One iteration: moves {@code point} (modified) to a point of lower loss.
     *
     * @param point the current point
     * @param value the loss at the current point
     * @param gradient the gradient there; overwritten with the gradient at the new point
     * @param evaluate the loss at a point, writing its gradient into the second argument
     * @return the loss at the new point; {@code value} when no step lowered it (converged)
     */
    double iterate(double[] point, double value, double[] gradient, ToDoubleBiFunction<double[], double[]> evaluate) {
        int size = point.length;
        double[] direction = direction(gradient);
        double slope = dot(direction, gradient);
        if (!(slope < 0)) {
            steps.clear();
            changes.clear();
            for (int q = 0; q < size; q++) {
                direction[q] = -gradient[q];
            }
            slope = dot(direction, gradient);
        }
        double alpha = steps.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
        double[] trial = new double[size];
        double[] trialGradient = new double[size];
        for (int backtrack = 0; backtrack < MAX_BACKTRACKS; backtrack++) {
            for (int q = 0; q < size; q++) {
                trial[q] = point[q] + alpha * direction[q];
            }
            double trialLoss = evaluate.applyAsDouble(trial, trialGradient);
            if (Double.isFinite(trialLoss) && trialLoss <= value + ARMIJO * alpha * slope) {
                double[] s = new double[size];
                double[] y = new double[size];
                for (int q = 0; q < size; q++) {
                    s[q] = trial[q] - point[q];
                    y[q] = trialGradient[q] - gradient[q];
                }
                if (dot(s, y) > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
                    steps.addLast(s);
                    changes.addLast(y);
                    if (steps.size() > history) {
                        steps.removeFirst();
                        changes.removeFirst();
                    }
                }
                System.arraycopy(trial, 0, point, 0, size);
                System.arraycopy(trialGradient, 0, gradient, 0, size);
                return trialLoss;
            }
            alpha *= 0.5;
        }
        steps.clear();
        changes.clear();
        return value;
    }

    private double[] direction(double[] gradient) {
        int k = steps.size();
        double[] q = gradient.clone();
        double[] alphas = new double[k];
        double[] rhos = new double[k];
        Iterator<double[]> s = steps.descendingIterator();
        Iterator<double[]> y = changes.descendingIterator();
        for (int i = k - 1; i >= 0; i--) {
            double[] si = s.next();
            double[] yi = y.next();
            rhos[i] = 1.0 / dot(yi, si);
            alphas[i] = rhos[i] * dot(si, q);
            axpy(-alphas[i], yi, q);
        }
        if (k > 0) {
            double[] sLast = steps.getLast();
            double[] yLast = changes.getLast();
            double gamma = dot(sLast, yLast) / dot(yLast, yLast);
            for (int i = 0; i < q.length; i++) {
                q[i] *= gamma;
            }
        }
        s = steps.iterator();
        y = changes.iterator();
        for (int i = 0; i < k; i++) {
            double[] si = s.next();
            double[] yi = y.next();
            double beta = rhos[i] * dot(yi, q);
            axpy(alphas[i] - beta, si, q);
        }
        for (int i = 0; i < q.length; i++) {
            q[i] = -q[i];
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(steps.size());
        Iterator<double[]> y = changes.iterator();
        for (double[] s : steps) {
            Checkpoint.writeArray(out, s);
            Checkpoint.writeArray(out, y.next());
        }
    }

    @Override
    public void read(DataInputStream in) throws IOException {
        steps.clear();
        changes.clear();
        int count = in.readInt();
        if (count < 0 || count > history) {
            throw new IOException("the checkpoint holds " + count + " L-BFGS pairs, more than the history " + history);
        }
        for (int i = 0; i < count; i++) {
            double[] s = new double[parameters];
            double[] y = new double[parameters];
            Checkpoint.readArrayInto(in, s);
            Checkpoint.readArrayInto(in, y);
            steps.addLast(s);
            changes.addLast(y);
        }
    }
}
