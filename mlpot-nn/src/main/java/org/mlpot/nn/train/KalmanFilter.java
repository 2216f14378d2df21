package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.concurrent.ForkJoinPool;

/**
 * n2p2's global extended Kalman filter ("standard" type) over all network parameters w, with its
 * default settings. For one observable with prediction y(w), reference value r and gradient h:
 *
 * <pre>
 *   X = P h,   a = hᵀ X + 1/η,   w ← w − X (y − r) / a,   P ← P − X Xᵀ / a + q I
 * </pre>
 *
 * with {@code P₀ = I/ε}, {@code η(t) = min(η₀ e^(t/τ_η), η_max)} and
 * {@code q(t) = max(q₀ e^(−t/τ_q), q_min)}, t in epochs. The covariance P (parameters²) and the
 * update count are part of a checkpoint. Row operations run on the given pool; each row is computed
 * alone, so the result does not depend on the number of threads.
 */
final class KalmanFilter {
    static final double EPSILON = 0.01;
    static final double Q0 = 0.01;
    static final double Q_TAU = 2.302;
    static final double Q_MIN = 1e-6;
    static final double ETA0 = 0.01;
    static final double ETA_TAU = 2.302;
    static final double ETA_MAX = 1.0;
    private static final int BLOCK = 64;

    private final int n;
    private final double[] covariance;
    private final double[] x;
    private final ForkJoinPool pool;

    KalmanFilter(int parameters, ForkJoinPool pool) {
        this.n = parameters;
        this.covariance = new double[Math.multiplyExact(parameters, parameters)];
        this.x = new double[parameters];
        this.pool = pool;
        for (int i = 0; i < n; i++) {
            covariance[i * n + i] = 1.0 / EPSILON;
        }
    }

    /**
     * One update.
     *
     * @param w the parameters, modified
     * @param h the gradient of the prediction; not modified
     * @param error prediction minus reference
     * @param time the training time in epochs (fractional within an epoch)
     */
    void update(double[] w, double[] h, double error, double time) {
        double eta = Math.min(ETA0 * Math.exp(time / ETA_TAU), ETA_MAX);
        double q = Math.max(Q0 * Math.exp(-time / Q_TAU), Q_MIN);
        rows(i -> {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                sum += covariance[row + j] * h[j];
            }
            x[i] = sum;
        });
        double a = 1.0 / eta;
        for (int i = 0; i < n; i++) {
            a += h[i] * x[i];
        }
        double step = error / a;
        for (int i = 0; i < n; i++) {
            w[i] -= x[i] * step;
        }
        double inverse = 1.0 / a;
        rows(i -> {
            int row = i * n;
            double xi = x[i] * inverse;
            for (int j = 0; j < n; j++) {
                covariance[row + j] -= xi * x[j];
            }
            covariance[row + i] += q;
        });
    }

    private void rows(java.util.function.IntConsumer body) {
        Pools.forEach(pool, (n + BLOCK - 1) / BLOCK, b -> {
            for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
                body.accept(i);
            }
        });
    }

    void write(DataOutputStream out) throws IOException {
        Checkpoint.writeArray(out, covariance);
    }

    void read(DataInputStream in) throws IOException {
        Checkpoint.readArrayInto(in, covariance);
    }
}
