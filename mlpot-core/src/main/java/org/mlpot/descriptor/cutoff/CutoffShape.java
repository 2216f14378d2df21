package org.mlpot.descriptor.cutoff;

import java.util.Objects;

/**
 * A cutoff function without its radius: what n2p2's {@code cutoff_type N [alpha]} line sets for all
 * cutoff-based symmetry functions of a potential.
 *
 * @param type the function
 * @param alpha the inner cutoff as a fraction of the radius, {@code 0 ≤ α < 1}
 */
public record CutoffShape(CutoffType type, double alpha) {

    /** Checks the arguments. */
    public CutoffShape {
        Objects.requireNonNull(type, "type is null");
        if (!(alpha >= 0.0 && alpha < 1.0)) {
            throw new IllegalArgumentException("the cutoff parameter alpha must satisfy 0 <= alpha < 1, got " + alpha);
        }
    }

    /** The shape with α = 0. */
    public static CutoffShape of(CutoffType type) {
        return new CutoffShape(type, 0.0);
    }

    /** This shape with radius {@code rc}, Å. */
    public CutoffFunction withRadius(double rc) {
        return new CutoffFunction(this, rc);
    }

    /** n2p2's {@code cutoff_type} line for this shape, such as {@code cutoff_type 6 0.0}. */
    public String settingsLine() {
        return "cutoff_type " + type.code() + " " + alpha;
    }
}
