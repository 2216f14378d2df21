package org.mlpot.gp;

/**
 * Factors applied to a Gaussian-process potential's predicted standard deviations, set so that the
 * predicted bands match held-out errors ({@code gp.train.UncertaintyCalibration}): the DTC variance
 * knows where the model is unsure, not how the reference data's unexplained part compares with the
 * prior's scale.
 *
 * @param energy multiplies the standard deviations of total and per-atom energies; positive
 * @param force multiplies the standard deviations of force components; positive
 */
public record UncertaintyScales(double energy, double force) {
    /** No rescaling. */
    public static final UncertaintyScales NONE = new UncertaintyScales(1, 1);

    /** Checks that both are positive and finite. */
    public UncertaintyScales {
        if (!(energy > 0) || !(force > 0) || !Double.isFinite(energy) || !Double.isFinite(force)) {
            throw new IllegalArgumentException("uncertainty scales must be positive and finite, got " + energy + " and " + force);
        }
    }
}
