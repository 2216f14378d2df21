package org.mlpot.io.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a trained model comes from, stored in its model file so that it can be reproduced and
 * audited: the spec it was trained from, the data (by content hash), the seed of the training run,
 * the mlpot version that wrote it, and when.
 *
 * @param specText the spec text exactly as it was read, or {@code ""} for a model not made from a spec
 *     (such as one converted from n2p2)
 * @param dataFiles the data files used, in the order they were read; may be empty
 * @param seed the seed of the training run's random numbers
 * @param mlpotVersion the version of mlpot that trained or converted the model, such as {@code 0.1.0}
 * @param created when the model was made
 */
public record Provenance(String specText, List<DataFileDigest> dataFiles, long seed, String mlpotVersion, Instant created) {

    /** Checks and copies the arguments. */
    public Provenance {
        Objects.requireNonNull(specText, "specText is null");
        dataFiles = List.copyOf(Objects.requireNonNull(dataFiles, "dataFiles is null"));
        Objects.requireNonNull(mlpotVersion, "mlpotVersion is null");
        Objects.requireNonNull(created, "created is null");
        if (mlpotVersion.isBlank()) {
            throw new IllegalArgumentException("mlpotVersion is blank");
        }
    }
}
