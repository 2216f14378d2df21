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
}
