package org.mlpot.spec;

/**
 * The normalised dot-product kernel {@code δ² (q·q′)^ζ} on normalised descriptors (the SOAP standard).
 *
 * @param zeta the exponent ζ (positive)
 * @param delta the energy scale δ, eV
 */
public record DotProductKernelSpec(double zeta, double delta) implements KernelSpec {
    /** The type name. */
    public static final String TYPE = "dot_product";

    /** Checks the arguments. */
    public DotProductKernelSpec {
        if (!(zeta > 0) || !(delta > 0) || !Double.isFinite(zeta) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("the dot-product kernel needs zeta > 0 and delta > 0");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
