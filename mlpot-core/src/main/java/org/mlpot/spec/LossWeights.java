package org.mlpot.spec;

/**
 * Weights of the observables in a training loss.
 *
 * @param energy weight of the energy-per-atom error
 * @param forces weight of the force-component error
 * @param stress weight of the stress-component error
 */
public record LossWeights(double energy, double forces, double stress) {
    /** Checks the weights. */
    public LossWeights {
        for (double w : new double[] {energy, forces, stress}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("loss weights must be 0 or more, got " + w);
            }
        }
        if (energy + forces + stress == 0) {
            throw new IllegalArgumentException("at least one loss weight must be positive");
        }
    }
}
