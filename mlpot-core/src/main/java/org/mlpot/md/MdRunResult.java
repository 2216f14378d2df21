package org.mlpot.md;

import java.util.Objects;

/**
 * How a {@link MolecularDynamics} run ended.
 *
 * @param steps steps taken in this run
 * @param outcome why it ended
 * @param last the record of the state the run ended in
 */
public record MdRunResult(long steps, Outcome outcome, MdRecord last) {

    /** Checks the components. */
    public MdRunResult {
        Objects.requireNonNull(outcome, "outcome is null");
        Objects.requireNonNull(last, "last is null");
    }

    /** Why a run ended. */
    public enum Outcome {
        /** All requested steps were taken. */
        COMPLETED,
        /** An observer returned {@link ObserverAction#STOP}. */
        STOPPED,
        /** The running thread was interrupted (its interrupt flag is left set). */
        INTERRUPTED
    }

    /** Whether all requested steps were taken. */
    public boolean completed() {
        return outcome == Outcome.COMPLETED;
    }
}
