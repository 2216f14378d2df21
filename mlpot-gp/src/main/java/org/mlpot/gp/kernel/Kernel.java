package org.mlpot.gp.kernel;

/**
 * A covariance function {@code k(q, q′)} between two environments of the same element, seen through
 * their descriptor vectors: the prior covariance of the local energies {@code ε(q)} and
 * {@code ε(q′)}, in eV². Implementations are immutable and safe for concurrent use, and allocate
 * nothing per call.
 */
public interface Kernel {

    /**
     * The covariance {@code k(q, q′)}, eV².
     *
     * @param q the first descriptor vector; not modified
     * @param qPrime the second descriptor vector, as long as {@code q}; not modified
     * @throws IllegalArgumentException when the lengths differ or the kernel is undefined for the vectors
     */
    double value(double[] q, double[] qPrime);

    /**
     * The covariance {@code k(q, q′)} and its gradient {@code ∂k/∂q} with respect to the first argument.
     *
     * @param q the first descriptor vector; not modified
     * @param qPrime the second descriptor vector, as long as {@code q}; not modified
     * @param gradient receives {@code ∂k/∂q_g} for every feature g from index 0 (eV² per unit of the
     *     feature); at least as long as {@code q}, overwritten
     * @return {@code k(q, q′)}, eV²
     * @throws IllegalArgumentException when the lengths differ or the kernel is undefined for the vectors
     */
    double valueAndGradient(double[] q, double[] qPrime, double[] gradient);

    /** The energy scale δ, eV: the kernel is δ² times a dimensionless correlation. */
    double delta();

    /**
     * This kernel with another energy scale: {@code k′ = (δ′/δ)² k}.
     *
     * @param newDelta δ′, eV, positive
     * @throws IllegalArgumentException when it is not a positive finite number
     */
    Kernel withDelta(double newDelta);

    /**
     * The mixed second derivative of the kernel contracted with two directions:
     * {@code uᵀ H v = Σ_gh u_g (∂²k/∂q_g∂q′_h) v_h}, with {@code H = ∂²k(q, q′)/∂q∂q′ᵀ}. When the
     * features move as {@code q(r)} and {@code q′(r′)}, {@code u = ∂q/∂r} and {@code v = ∂q′/∂r′}, it
     * is {@code ∂²k(q(r), q′(r′))/∂r∂r′}: the prior covariance of {@code ∂ε/∂r} and {@code ∂ε′/∂r′}.
     * Costs O(D) for D features and allocates nothing. Since k is symmetric,
     * {@code mixedSecondDerivative(q, q′, u, v) = mixedSecondDerivative(q′, q, v, u)}.
     *
     * @param q the first descriptor vector; not modified
     * @param qPrime the second descriptor vector, as long as {@code q}; not modified
     * @param u the direction in q's feature space, read from index 0, at least as long as {@code q}; not modified
     * @param v the direction in q′'s feature space, read from index 0, at least as long as {@code q}; not modified
     * @return {@code uᵀHv}, eV² per unit of u's and of v's feature
     * @throws IllegalArgumentException when the lengths do not fit or the kernel is undefined for the vectors
     */
    double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v);

    /**
     * Checks that two descriptor vectors (and a gradient array, when not null) fit together.
     *
     * @throws IllegalArgumentException when they do not
     */
    static void checkLengths(double[] q, double[] qPrime, double[] gradient) {
        if (q.length != qPrime.length || (gradient != null && gradient.length < q.length)) {
            throw new IllegalArgumentException("kernel arguments have " + q.length + " and " + qPrime.length
                    + " features" + (gradient == null ? "" : " and the gradient array " + gradient.length)
                    + "; both vectors must come from the same element's descriptor");
        }
    }

    /**
     * Checks that two descriptor vectors and two directions fit together.
     *
     * @throws IllegalArgumentException when they do not
     */
    static void checkLengths(double[] q, double[] qPrime, double[] u, double[] v) {
        if (q.length != qPrime.length || u.length < q.length || v.length < q.length) {
            throw new IllegalArgumentException("kernel arguments have " + q.length + " and " + qPrime.length
                    + " features and the directions " + u.length + " and " + v.length
                    + "; the vectors must come from the same element's descriptor and the directions be at least as long");
        }
    }
}
