package org.mlpot.gp.sparse;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Row selection of a CUR decomposition of the N×D descriptor matrix X (rows as given, not centred),
 * as in QUIP/gap_fit's {@code cur_decomposition} (Mahoney and Drineas, PNAS 106, 697 (2009),
 * doi:10.1073/pnas.0803205106), with X's rows in the role of gap_fit's columns.
 *
 * <ol>
 *   <li>SVD of the Gram matrix XᵀX = V Σ² Vᵀ (D×D, formed row by row); the rank r counts the
 *       squared singular values above 10⁻¹⁰ of the largest; k = min(count, r).
 *   <li>Leverage of row i: ℓᵢ = Σ_{t&lt;k} (xᵢ·v_t / σ_t)², the squared norm of row i of the top-k
 *       left singular vectors U_k = X V_k Σ_k⁻¹ (Σᵢ ℓᵢ = k).
 *   <li>{@code count} distinct rows drawn with probability ∝ ℓᵢ without replacement, in sequence
 *       (Efraimidis–Spirakis: row i gets the key −ln(uᵢ)/ℓᵢ with uᵢ uniform from
 *       {@code new SplittableRandom(seed)}, and the rows with the smallest keys win, in that order).
 *       Rows with zero leverage come last, by index.
 * </ol>
 *
 * <p>Sampled, not the deterministic top-{@code count} by leverage: leverage is shared among similar
 * rows, so the rows of a large cluster each get little and the few rows of a small or isolated group
 * each get much; taking the top values would spend every point on the smallest groups and none on
 * the bulk. Sampling gives each of the k leading directions about count/k points in expectation,
 * which is the guarantee of the paper (gap_fit samples too unless told {@code n_iter=0}).
 * gap_fit additionally caps probabilities at 1 and may keep the best of several draws; this class
 * makes one draw.
 *
 * <p>Cost: O(N·D²) time (Gram matrix and projections), O(D² + N) extra memory; never N×N.
 */
public final class CurSelector implements SparsePointSelector {

    /** Creates the selector (stateless). */
    public CurSelector() {
    }

    @Override
    public int[] select(double[][] rows, int count, long seed) {
        DistinctRows input = DistinctRows.check(rows, count);
        int[] candidates = input.indices;
        int dimension = input.dimension;
        PrincipalAxes axes = PrincipalAxes.of(rows, candidates, null);
        int k = Math.min(count, axes.rank);
        // scaled[a * k + t] = v_t[a] / σ_t, so that row i's scores are y = xᵢ · scaled
        double[] scaled = new double[dimension * k];
        for (int t = 0; t < k; t++) {
            double inverseSigma = 1 / Math.sqrt(axes.eigenvalues[t]);
            double[] axis = axes.axes[t];
            for (int a = 0; a < dimension; a++) {
                scaled[a * k + t] = axis[a] * inverseSigma;
            }
        }
        double[] scores = new double[k];
        SplittableRandom random = new SplittableRandom(seed);
        SmallestKeys winners = new SmallestKeys(count);
        for (int index : candidates) {
            double leverage = leverage(rows[index], scaled, k, scores);
            double u = 1 - random.nextDouble();
            double key = leverage > 0 ? -Math.log(u) / leverage : Double.POSITIVE_INFINITY;
            winners.offer(index, key);
        }
        return winners.drainAscending();
    }

    /** ℓ = |x · scaled|² with scaled D×k row-major; scores is scratch of length k. */
    private static double leverage(double[] x, double[] scaled, int k, double[] scores) {
        Arrays.fill(scores, 0);
        for (int a = 0; a < x.length; a++) {
            double xa = x[a];
            if (xa == 0) {
                continue;
            }
            int offset = a * k;
            for (int t = 0; t < k; t++) {
                scores[t] += xa * scaled[offset + t];
            }
        }
        double sum = 0;
        for (int t = 0; t < k; t++) {
            sum += scores[t] * scores[t];
        }
        return sum;
    }
}
