package org.mlpot.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The errors of a model after one training epoch.
 *
 * @param epoch the epoch just finished, from 1 (a Gaussian-process fit, done in one pass, reports epoch 1)
 * @param train the errors on the training frames
 * @param validation the errors on the validation frames, when the spec holds some back
 */
public record EpochErrors(int epoch, Errors train, Optional<Errors> validation) {

    /** Checks the arguments. */
    public EpochErrors {
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch must be at least 1, got " + epoch);
        }
        Objects.requireNonNull(train, "train is null");
        Objects.requireNonNull(validation, "validation is null");
    }

    /**
     * Root-mean-square errors against the reference labels; each is empty when no frame had that label.
     *
     * @param energyRmsePerAtom energy error per atom, eV/atom
     * @param forceRmse error per force component, eV/Å
     */
    public record Errors(OptionalDouble energyRmsePerAtom, OptionalDouble forceRmse) {

        /** Checks the arguments. */
        public Errors {
            Objects.requireNonNull(energyRmsePerAtom, "energyRmsePerAtom is null");
            Objects.requireNonNull(forceRmse, "forceRmse is null");
        }
    }
}
