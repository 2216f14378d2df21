package org.mlpot.descriptor;

/**
 * An energy that is a sum of per-atom terms {@code E = Σ_i E_i(G_i)}, each a function of its own
 * atom's features only (as in a Behler–Parrinello potential), seen from
 * {@link FeatureCalculator#computeWithForces}: asked once per atom for {@code ∂E_i/∂G_i}, possibly
 * from several threads at once, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface AtomEnergyGradient {

    /**
     * Computes {@code ∂E_i/∂G_i} of one atom.
     *
     * @param atom the atom's index in the structure
     * @param species its species: its element's index in the descriptor's element list
     * @param features its {@code size} raw features from index 0 (the array may be longer); not
     *     modified, and reused for the next atom: read, never keep
     * @param gradient receives {@code ∂E_i/∂G_ig} for every feature g from index 0, in eV per unit
     *     of the feature; overwritten
     */
    void gradient(int atom, int species, double[] features, double[] gradient);
}
