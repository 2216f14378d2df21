package org.mlpot.gp;

import java.util.Objects;
import org.mlpot.io.model.Provenance;

/**
 * A Gaussian-process potential read from a model file, with where it comes from.
 *
 * @param potential the potential, ready to evaluate (uncertainties included)
 * @param provenance the spec, data, seed, mlpot version and time it was made with
 */
public record LoadedGaussianProcessModel(GaussianProcessPotential potential, Provenance provenance) {

    /** Checks the arguments. */
    public LoadedGaussianProcessModel {
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(provenance, "provenance is null");
    }
}
