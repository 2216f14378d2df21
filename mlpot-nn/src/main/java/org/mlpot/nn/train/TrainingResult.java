package org.mlpot.nn.train;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.structure.Element;

/**
 * What a training run produced.
 *
 * @param potential the model of the best epoch (by validation loss; the last one without validation frames)
 * @param history the metrics of every epoch
 * @param bestEpoch the epoch the model comes from
 * @param stoppedEarly whether early stopping ended the run
 * @param referenceEnergies the per-element reference energies, eV
 * @param frames the number of training, validation and test frames
 * @param test the errors on the test frames, if there are any
 * @param seed the seed the run used
 */
public record TrainingResult(NeuralNetworkPotential potential, List<EpochMetrics> history, int bestEpoch,
                             boolean stoppedEarly, Map<Element, Double> referenceEnergies, int[] frames,
                             Optional<ErrorSums> test, long seed) {

    /** Copies the lists. */
    public TrainingResult {
        Objects.requireNonNull(potential, "potential is null");
        history = List.copyOf(history);
        referenceEnergies = Map.copyOf(referenceEnergies);
        frames = frames.clone();
        Objects.requireNonNull(test, "test is null");
    }
}
