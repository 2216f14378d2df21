package org.mlpot.nn.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to run a training, apart from what the spec says.
 *
 * @param threads threads for descriptors and gradients (the result does not depend on it)
 * @param checkpoint where to keep the checkpoint, if anywhere
 * @param resume continue from the checkpoint (which must exist and belong to the same run)
 * @param metricsCsv where to write the per-epoch metrics, if anywhere
 * @param seed replaces the spec's training and network seeds, if present
 */
public record TrainingOptions(int threads, Optional<Path> checkpoint, boolean resume, Optional<Path> metricsCsv,
                              OptionalLong seed) {

    /** Checks the arguments. */
    public TrainingOptions {
        Objects.requireNonNull(checkpoint, "checkpoint is null");
        Objects.requireNonNull(metricsCsv, "metricsCsv is null");
        Objects.requireNonNull(seed, "seed is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (resume && checkpoint.isEmpty()) {
            throw new IllegalArgumentException("resuming needs a checkpoint file");
        }
    }

    /** In memory only: no checkpoint, no log file, the spec's seeds. */
    public static TrainingOptions inMemory(int threads) {
        return new TrainingOptions(threads, Optional.empty(), false, Optional.empty(), OptionalLong.empty());
    }
}
