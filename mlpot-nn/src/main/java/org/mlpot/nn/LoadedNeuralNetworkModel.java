package org.mlpot.nn;

import java.util.Objects;
import org.mlpot.io.model.Provenance;

/**
 * A neural-network potential read from a model file, with where it comes from.
 *
 * @param potential the potential, ready to evaluate
 * @param provenance the spec, data, seed, mlpot version and time it was made with
 */
public record LoadedNeuralNetworkModel(NeuralNetworkPotential potential, Provenance provenance) {

    /** Checks the arguments. */
    public LoadedNeuralNetworkModel {
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(provenance, "provenance is null");
    }
}
