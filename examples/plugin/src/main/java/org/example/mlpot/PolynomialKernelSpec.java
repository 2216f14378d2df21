package org.example.mlpot;

import org.mlpot.spec.KernelSpec;

/**
 * A checked {@code kernel polynomial { ... }} block: {@code k(q, q′) = δ² ((a + q̂·q̂′)/(1 + a))^d}.
 *
 * @param offset the offset a, not negative
 * @param degree the degree d, at least 1
 * @param delta the energy scale δ, eV, positive
 */
public record PolynomialKernelSpec(double offset, int degree, double delta) implements KernelSpec {
    /** The type name, as written after {@code kernel}. */
    public static final String TYPE = "polynomial";

    /** Checks the values. */
    public PolynomialKernelSpec {
        if (!(offset >= 0) || !Double.isFinite(offset) || degree < 1 || !(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("the polynomial kernel needs offset >= 0, degree >= 1 and delta > 0, got "
                    + offset + ", " + degree + ", " + delta);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The kernel in words, as {@code mlpot validate} and {@code mlpot info} show it. */
    @Override
    public String toString() {
        return TYPE + ", offset " + offset + ", degree " + degree + ", δ " + delta + " eV";
    }
}
