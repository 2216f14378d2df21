package org.mlpot.spec;

import java.util.Objects;

/**
 * The representative environments of a sparse Gaussian process.
 *
 * @param points how many
 * @param selection how they are chosen
 */
public record SparseSpec(int points, Selection selection) {

    /** Ways to choose sparse points. */
    public enum Selection {
        /** CUR decomposition of the descriptor matrix. */
        CUR,
        /** Farthest-point sampling. */
        FARTHEST_POINT,
        /** Uniform in descriptor space. */
        UNIFORM,
        /** Random (seeded). */
        RANDOM
    }

    /** Checks the arguments. */
    public SparseSpec {
        Objects.requireNonNull(selection, "selection is null");
        if (points < 1) {
            throw new IllegalArgumentException("a sparse GP needs at least one sparse point, got " + points);
        }
    }
}
