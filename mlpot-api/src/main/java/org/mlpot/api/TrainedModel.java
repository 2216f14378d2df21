package org.mlpot.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Training#run} produced.
 *
 * @param model the trained model, carrying its provenance (spec text, data files' hashes, seed,
 *     mlpot version); {@link Model#save} writes the same model file as {@code mlpot train}
 * @param history the errors of every epoch, as the callback saw them
 * @param bestEpoch the epoch the model comes from (1 for a Gaussian process)
 * @param stoppedEarly whether training ended before its last epoch (early stopping or the callback)
 * @param seed the seed the run used
 */
public record TrainedModel(Model model, List<EpochErrors> history, int bestEpoch, boolean stoppedEarly, long seed) {

    /** Checks and copies the arguments. */
    public TrainedModel {
        Objects.requireNonNull(model, "model is null");
        history = List.copyOf(history);
    }
}
