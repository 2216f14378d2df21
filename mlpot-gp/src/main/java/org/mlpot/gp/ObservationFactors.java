package org.mlpot.gp;

import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * What a sparse Gaussian-process fit keeps of its observations, enough to solve for the weights and
 * to evaluate the log marginal likelihood at any kernel scale δ and noise levels without seeing the
 * data again.
 *
 * <p>The kernel rows were computed with a base kernel {@code k̂} (scale δ₀) and base noise levels
 * σ̂_p of each kind p (energy, force, stress). A row r of kind p has the noise {@code σ_p·f_r}, with
 * {@code f_r} fixed (√N for an energy of N atoms, the per-config-type ratio); its row and target were
 * divided by {@code f_r} and QR-factorised per kind: {@code R_p} (M×M), {@code z_p = Q_pᵀt_p} and the
 * residual {@code ρ_p²}. With {@code s = (δ/δ₀)²} and {@code β_p = 1/σ_p²} everything is M×M:
 * <pre>
 *   B = K̂_MM/s + Σ_p β_p R_pᵀR_p,    b = Σ_p β_p R_pᵀz_p,    c = B⁻¹b
 *   log p(y) = −½ [Σ_p β_p(|z_p|² + ρ_p²) − bᵀc + log|Λ| + M log s + log|B| − log|K̂_MM|] − (n/2) log 2π
 * </pre>
 * (the DTC marginal likelihood {@code N(y | 0, K_NM K_MM⁻¹ K_MN + Λ)} by the matrix determinant lemma
 * and Woodbury), and the weights of the kernel {@code k = s k̂} are {@code α = c/s}. Immutable.
 */
final class ObservationFactors {
    /** The kinds of observation, each with its own noise level. */
    enum Kind { ENERGY, FORCE, STRESS }

    /**
     * One kind's rows, factorised.
     *
     * @param upper R_p, M×M upper-triangular
     * @param rotated z_p, M values
     * @param residualSquared ρ_p²
     * @param rows how many rows
     * @param logRelativeNoise {@code Σ_r log f_r}
     */
    record Part(Kind kind, DMatrixRMaj upper, double[] rotated, double residualSquared, long rows,
                double logRelativeNoise) {
    }

    /**
     * The weights and factors for one choice of hyperparameters.
     *
     * @param hyperparameters the choice
     * @param alpha the weights of the kernel with scale δ
     * @param lowerK L with {@code LLᵀ = K_MM + s·jitter} (kernel with scale δ)
     * @param lowerR {@code Rᵀ} with {@code RᵀR = Σ⁻¹ = K_MM + s·jitter + K_MN Λ⁻¹ K_NM}
     * @param logLikelihood the log marginal likelihood of the observations
     */
    record Solution(Hyperparameters hyperparameters, double[] alpha, DMatrixRMaj lowerK, DMatrixRMaj lowerR,
                    double logLikelihood) {
    }

    private final DMatrixRMaj upperK;
    private final Hyperparameters base;
    private final List<Part> parts;
    private final long observations;

    /**
     * @param upperK U with {@code UᵀU = K̂_MM + jitter}, M×M upper-triangular; kept
     * @param base δ₀ and the base noise levels σ̂_p the rows were scaled with
     * @param parts the kinds that have rows
     */
    ObservationFactors(DMatrixRMaj upperK, Hyperparameters base, List<Part> parts) {
        this.upperK = Objects.requireNonNull(upperK, "upperK is null");
        this.base = Objects.requireNonNull(base, "base is null");
        this.parts = List.copyOf(parts);
        long n = 0;
        for (Part p : this.parts) {
            n += p.rows();
        }
        this.observations = n;
    }

    /** The base hyperparameters (the spec's). */
    Hyperparameters base() {
        return base;
    }

    /** The kinds with rows. */
    List<Part> parts() {
        return parts;
    }

    /** The number of sparse points M. */
    int columns() {
        return upperK.numCols;
    }

    /** The number of observations n. */
    long observations() {
        return observations;
    }

    /** The noise level of {@code kind} in {@code h}. */
    static double sigma(Hyperparameters h, Kind kind) {
        return switch (kind) {
            case ENERGY -> h.energy();
            case FORCE -> h.force();
            case STRESS -> h.stress();
        };
    }

    /**
     * The stacked least-squares problem {@code [U/√s; √β_p R_p] c ≈ [0; √β_p z_p]} at {@code h},
     * solved by merging the triangles ({@link TriangularMerge}, never the normal equations).
     *
     * @param upperB R_B with {@code R_BᵀR_B = B = K̂_MM/s + Σ_p β_p R_pᵀR_p}, M×M row-major upper-triangular
     * @param c the solution {@code B⁻¹b}
     * @param objective the least-squares objective at c (all residuals included): the data-fit term
     *     {@code yᵀ(Q + Λ)⁻¹y}
     * @param logDetB {@code log|B|}
     * @param logLikelihood the log marginal likelihood
     */
    record Stacked(double[] upperB, double[] c, double objective, double logDetB, double logLikelihood) {
    }

    /**
     * Solves the stacked problem at {@code h}.
     *
     * @throws IllegalArgumentException when it is singular
     */
    Stacked stacked(Hyperparameters h) {
        int m = columns();
        int width = m + 1;
        double s = scale(h);
        double[] merged = new double[m * width];
        double prior = 1 / Math.sqrt(s);
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                merged[i * width + j] = prior * upperK.unsafe_get(i, j);
            }
        }
        double objective = 0;
        double[] block = new double[m * width];
        for (Part p : parts) {
            double weight = 1 / sigma(h, p.kind());
            java.util.Arrays.fill(block, 0);
            for (int i = 0; i < m; i++) {
                for (int j = i; j < m; j++) {
                    block[i * width + j] = weight * p.upper().unsafe_get(i, j);
                }
                block[i * width + m] = weight * p.rotated()[i];
            }
            objective += TriangularMerge.merge(merged, block, m) + weight * weight * p.residualSquared();
        }
        double[] upperB = new double[m * m];
        double[] c = new double[m];
        double logDetB = 0;
        for (int i = 0; i < m; i++) {
            System.arraycopy(merged, i * width, upperB, i * m, m);
            c[i] = merged[i * width + m];
            double d = upperB[i * m + i];
            if (d == 0) {
                throw new IllegalArgumentException("the fit is singular at sparse point " + i
                        + " (duplicate sparse points without jitter?); increase the jitter");
            }
            logDetB += 2 * Math.log(Math.abs(d));
        }
        backSubstitute(DMatrixRMaj.wrap(m, m, upperB), c);
        double logLikelihood = -0.5 * (objective + logDetNoise(h) + m * Math.log(s) + logDetB - logDetK())
                - 0.5 * observations * Math.log(2 * Math.PI);
        return new Stacked(upperB, c, objective, logDetB, logLikelihood);
    }

    /**
     * The weights and factors at {@code h}, and the log marginal likelihood there.
     *
     * @throws IllegalArgumentException when the stacked system is singular
     */
    Solution solve(Hyperparameters h) {
        int m = columns();
        double s = scale(h);
        Stacked stacked = stacked(h);
        double[] alpha = stacked.c().clone();
        for (int i = 0; i < m; i++) {
            alpha[i] /= s;
        }
        DMatrixRMaj lowerK = CommonOps_DDRM.transpose(upperK, null);
        CommonOps_DDRM.scale(Math.sqrt(s), lowerK);
        DMatrixRMaj lowerR = CommonOps_DDRM.transpose(DMatrixRMaj.wrap(m, m, stacked.upperB()), null);
        CommonOps_DDRM.scale(s, lowerR);
        return new Solution(h, alpha, lowerK, lowerR, stacked.logLikelihood());
    }

    /** {@code s = (δ/δ₀)²}. */
    double scale(Hyperparameters h) {
        double ratio = h.delta() / base.delta();
        return ratio * ratio;
    }

    /** {@code log|Λ| = Σ_p (n_p log σ_p² + 2 Σ_r log f_r)}. */
    double logDetNoise(Hyperparameters h) {
        double sum = 0;
        for (Part p : parts) {
            double sigma = sigma(h, p.kind());
            sum += p.rows() * 2 * Math.log(sigma) + 2 * p.logRelativeNoise();
        }
        return sum;
    }

    /** {@code log|K̂_MM + jitter|}. */
    double logDetK() {
        double sum = 0;
        for (int i = 0; i < columns(); i++) {
            sum += 2 * Math.log(Math.abs(upperK.unsafe_get(i, i)));
        }
        return sum;
    }

    /** The upper Cholesky factor U of {@code K̂_MM + jitter}. */
    DMatrixRMaj upperK() {
        return upperK;
    }

    /** Solves {@code R x = b} in place (R upper-triangular, nonzero diagonal). */
    static void backSubstitute(DMatrixRMaj upper, double[] b) {
        int m = upper.numRows;
        for (int i = m - 1; i >= 0; i--) {
            double sum = b[i];
            int row = i * m;
            for (int j = i + 1; j < m; j++) {
                sum -= upper.data[row + j] * b[j];
            }
            b[i] = sum / upper.data[row + i];
        }
    }
}
