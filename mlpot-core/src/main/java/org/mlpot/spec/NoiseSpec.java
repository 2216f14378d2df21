package org.mlpot.spec;

import java.util.Map;

/**
 * Expected errors of the reference data (a GP's noise, a loss's regularisation), per observable,
 * optionally per configuration type.
 *
 * @param energyPerAtom energy noise per atom, eV/atom
 * @param force force noise per component, eV/Å
 * @param stress stress noise per component, eV/Å³
 * @param perConfigType overrides for frames whose {@code config_type} matches the key
 * @param optimize whether a Gaussian process tunes these levels (all per-config-type ones in
 *     proportion) and its kernel's δ by maximising the log marginal likelihood, starting from them
 */
public record NoiseSpec(double energyPerAtom, double force, double stress, Map<String, NoiseSpec> perConfigType,
                        boolean optimize) {

    /** Fixed noise levels (not optimised). */
    public NoiseSpec(double energyPerAtom, double force, double stress, Map<String, NoiseSpec> perConfigType) {
        this(energyPerAtom, force, stress, perConfigType, false);
    }

    /** Checks the arguments. */
    public NoiseSpec {
        perConfigType = Map.copyOf(perConfigType);
        for (double sigma : new double[] {energyPerAtom, force, stress}) {
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("noise levels must be positive, got " + sigma);
            }
        }
    }

    /** The noise of frames with this configuration type. */
    public NoiseSpec forConfigType(String configType) {
        return perConfigType.getOrDefault(configType, this);
    }
}
