package org.mlpot.md;

import java.util.Objects;
import org.mlpot.data.Frame;
import org.mlpot.structure.Structure;

/**
 * The end of a minimisation.
 *
 * @param frame the final structure with its energy and forces as labels
 * @param energy the final potential energy, eV
 * @param maxForce the final largest per-atom force norm, eV/Å
 * @param steps optimisation steps taken
 * @param outcome why it ended
 */
public record MinimizationResult(Frame frame, double energy, double maxForce, int steps, Outcome outcome) {

    /** Checks the components. */
    public MinimizationResult {
        Objects.requireNonNull(frame, "frame is null");
        Objects.requireNonNull(outcome, "outcome is null");
    }

    /** Why a minimisation ended. */
    public enum Outcome {
        /** The largest per-atom force norm fell below the threshold. */
        CONVERGED,
        /** The step limit was reached first. */
        MAX_STEPS,
        /** An observer returned {@link ObserverAction#STOP}. */
        STOPPED,
        /** The running thread was interrupted (its interrupt flag is left set). */
        INTERRUPTED
    }

    /** The final structure. */
    public Structure structure() {
        return frame.structure();
    }

    /** Whether the force threshold was reached. */
    public boolean converged() {
        return outcome == Outcome.CONVERGED;
    }
}
