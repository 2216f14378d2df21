package org.mlpot.gp;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The log marginal likelihood of a sparse GP's observations and its analytic gradient with respect
 * to {@code log δ} and the {@code log σ_p} of each kind with rows, from the M×M factors of
 * {@link ObservationFactors} (see there for the formula). With {@code c = B⁻¹b} and R_B the merged
 * triangle ({@link ObservationFactors#stacked}):
 * <pre>
 *   ∂/∂log β_p = −½ [β_p(|R_p c − z_p|² + ρ_p²) − n_p + β_p tr(B⁻¹R_pᵀR_p)]
 *   ∂/∂log s   = −½ [−cᵀK̂_MM c/s + Σ_p β_p tr(B⁻¹R_pᵀR_p)]
 * </pre>
 * with {@code tr(B⁻¹R_pᵀR_p) = |R_p R_B⁻¹|²_F} (a triangular solve, so never squaring a condition
 * number), {@code ∂/∂log δ = 2 ∂/∂log s} and {@code ∂/∂log σ_p = −2 ∂/∂log β_p}. An evaluation costs
 * about {@code (2/3)M³} flops per kind for the merge and {@code M³/6} per kind for the traces.
 * Immutable.
 */
final class MarginalLikelihood {
    private final ObservationFactors factors;
    private final List<ObservationFactors.Part> parts;

    MarginalLikelihood(ObservationFactors factors) {
        this.factors = factors;
        this.parts = factors.parts();
    }

    /** The number of free parameters: log δ and one log σ per kind with rows. */
    int dimension() {
        return 1 + parts.size();
    }

    /** The parameters {@code (log δ, log σ_p…)} of {@code h}. */
    double[] parameters(Hyperparameters h) {
        double[] x = new double[dimension()];
        x[0] = Math.log(h.delta());
        for (int p = 0; p < parts.size(); p++) {
            x[1 + p] = Math.log(ObservationFactors.sigma(h, parts.get(p).kind()));
        }
        return x;
    }

    /** The hyperparameters at {@code x}; kinds without rows keep the base level. */
    Hyperparameters hyperparameters(double[] x) {
        Hyperparameters base = factors.base();
        double energy = base.energy();
        double force = base.force();
        double stress = base.stress();
        for (int p = 0; p < parts.size(); p++) {
            double sigma = Math.exp(x[1 + p]);
            switch (parts.get(p).kind()) {
                case ENERGY -> energy = sigma;
                case FORCE -> force = sigma;
                case STRESS -> stress = sigma;
                default -> throw new IllegalStateException();
            }
        }
        return new Hyperparameters(Math.exp(x[0]), energy, force, stress);
    }

    /**
     * The log marginal likelihood at {@code x}, and its gradient into {@code gradient} when that is not null.
     *
     * @return the value, or NaN when the stacked system is singular there
     */
    double value(double[] x, double[] gradient) {
        Hyperparameters h = hyperparameters(x);
        ObservationFactors.Stacked stacked;
        try {
            stacked = factors.stacked(h);
        } catch (IllegalArgumentException singular) {
            return Double.NaN;
        }
        if (gradient != null) {
            int m = factors.columns();
            double s = factors.scale(h);
            double traces = 0;
            for (int p = 0; p < parts.size(); p++) {
                ObservationFactors.Part part = parts.get(p);
                double sigma = ObservationFactors.sigma(h, part.kind());
                double beta = 1 / (sigma * sigma);
                double trace = traceAgainst(part.upper(), stacked.upperB(), m);
                double misfit = misfit(part, stacked.c());
                double dLogBeta = -0.5 * (beta * (misfit + part.residualSquared()) - part.rows() + beta * trace);
                gradient[1 + p] = -2 * dLogBeta;
                traces += beta * trace;
            }
            double cKc = squaredNorm(factors.upperK(), stacked.c());
            gradient[0] = 2 * (-0.5 * (-cKc / s + traces));
        }
        return stacked.logLikelihood();
    }

    /** {@code |R R_B⁻¹|²_F} for upper-triangular R and R_B (M×M row-major): row i of {@code R R_B⁻¹} solves {@code y R_B = r_i}. */
    private static double traceAgainst(DMatrixRMaj r, double[] upperB, int m) {
        double[] y = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            // y_j = (r_ij − Σ_{k<j} y_k B_kj) / B_jj, zero before i
            for (int j = i; j < m; j++) {
                double v = r.data[i * m + j];
                for (int k = i; k < j; k++) {
                    v -= y[k] * upperB[k * m + j];
                }
                y[j] = v / upperB[j * m + j];
                sum += y[j] * y[j];
            }
        }
        return sum;
    }

    /** {@code |U c|²} for upper-triangular U. */
    private static double squaredNorm(DMatrixRMaj upper, double[] c) {
        int m = upper.numCols;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double v = 0;
            for (int j = i; j < m; j++) {
                v += upper.data[i * m + j] * c[j];
            }
            sum += v * v;
        }
        return sum;
    }

    /** {@code |R_p c − z_p|²}. */
    private static double misfit(ObservationFactors.Part part, double[] c) {
        DMatrixRMaj r = part.upper();
        int m = r.numCols;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double v = -part.rotated()[i];
            int row = i * m;
            for (int j = i; j < m; j++) {
                v += r.data[row + j] * c[j];
            }
            sum += v * v;
        }
        return sum;
    }
}
