package org.mlpot.spec;

/**
 * The squared-exponential kernel {@code δ² exp(−|q − q′|² / (2 θ²))}.
 *
 * @param lengthScale θ, in descriptor units (positive)
 * @param delta the energy scale δ, eV
 */
public record SquaredExponentialKernelSpec(double lengthScale, double delta) implements KernelSpec {
    /** The type name. */
    public static final String TYPE = "squared_exponential";

    /** Checks the arguments. */
    public SquaredExponentialKernelSpec {
        if (!(lengthScale > 0) || !(delta > 0) || !Double.isFinite(lengthScale) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("the squared-exponential kernel needs a positive length scale and delta");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
