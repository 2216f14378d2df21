package org.mlpot.gp;

import java.util.Objects;

/**
 * Maximises the log marginal likelihood over {@code log δ} and the log noise levels by BFGS with a
 * backtracking (Armijo) line search, steps capped at a factor e per parameter. Deterministic.
 */
public final class HyperparameterSearch {
    /** Evaluations allowed (each one Cholesky factorisation and inverse of an M×M matrix). */
    static final int MAX_EVALUATIONS = 60;
    /** Converged when no parameter moves by more than this in a step (log units: 0.1%). */
    private static final double STEP_TOLERANCE = 1e-3;
    /** The largest step of one parameter, log units. */
    private static final double MAX_STEP = 1.0;

    /**
     * The outcome.
     *
     * @param best the maximising hyperparameters
     * @param start the log marginal likelihood at the start
     * @param end the log marginal likelihood at the maximum
     * @param evaluations how many evaluations it took
     */
    public record Outcome(Hyperparameters best, double start, double end, int evaluations) {
    }

    private HyperparameterSearch() {
    }

    /**
     * Searches from {@code start}.
     *
     * @throws IllegalArgumentException when the likelihood cannot be evaluated at the start
     */
    static Outcome maximise(ObservationFactors factors, Hyperparameters start) {
        Objects.requireNonNull(start, "start is null");
        MarginalLikelihood likelihood = new MarginalLikelihood(factors);
        int d = likelihood.dimension();
        double[] x = likelihood.parameters(start);
        double[] g = new double[d];
        double f = likelihood.value(x, g);
        if (Double.isNaN(f)) {
            throw new IllegalArgumentException("the marginal likelihood cannot be evaluated at " + start
                    + "; increase the jitter");
        }
        double first = f;
        int evaluations = 1;
        double[][] h = identity(d); // inverse Hessian of −log p
        double[] xNew = new double[d];
        double[] gNew = new double[d];
        while (evaluations < MAX_EVALUATIONS) {
            double[] step = new double[d]; // ascent direction: H g
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    step[i] += h[i][j] * g[j];
                }
            }
            double slope = dot(step, g);
            if (!(slope > 0)) { // not an ascent direction: restart from steepest ascent
                h = identity(d);
                System.arraycopy(g, 0, step, 0, d);
                slope = dot(g, g);
            }
            double largest = 0;
            for (double v : step) {
                largest = Math.max(largest, Math.abs(v));
            }
            double t = largest > MAX_STEP ? MAX_STEP / largest : 1;
            double fNew = Double.NaN;
            boolean accepted = false;
            while (evaluations < MAX_EVALUATIONS) {
                for (int i = 0; i < d; i++) {
                    xNew[i] = x[i] + t * step[i];
                }
                fNew = likelihood.value(xNew, gNew);
                evaluations++;
                if (!Double.isNaN(fNew) && fNew >= f + 1e-4 * t * slope) {
                    accepted = true;
                    break;
                }
                t *= 0.5;
                if (t * largest < STEP_TOLERANCE) {
                    break;
                }
            }
            if (!accepted) {
                break;
            }
            double[] sVec = new double[d];
            double[] yVec = new double[d]; // change of the gradient of −log p
            double moved = 0;
            for (int i = 0; i < d; i++) {
                sVec[i] = xNew[i] - x[i];
                yVec[i] = -(gNew[i] - g[i]);
                moved = Math.max(moved, Math.abs(sVec[i]));
            }
            System.arraycopy(xNew, 0, x, 0, d);
            System.arraycopy(gNew, 0, g, 0, d);
            f = fNew;
            updateInverseHessian(h, sVec, yVec);
            if (moved < STEP_TOLERANCE) {
                break;
            }
        }
        return new Outcome(likelihood.hyperparameters(x), first, f, evaluations);
    }

    /** The BFGS update of the inverse Hessian H with step s and gradient change y (skipped when sᵀy ≤ 0). */
    private static void updateInverseHessian(double[][] h, double[] s, double[] y) {
        int d = s.length;
        double sy = dot(s, y);
        if (!(sy > 1e-12)) {
            return;
        }
        double[] hy = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                hy[i] += h[i][j] * y[j];
            }
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                h[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
    }

    private static double[][] identity(int d) {
        double[][] h = new double[d][d];
        for (int i = 0; i < d; i++) {
            h[i][i] = 1e-3; // log-space steps of 1e-3 per unit of gradient: the gradients are of order n
        }
        return h;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
