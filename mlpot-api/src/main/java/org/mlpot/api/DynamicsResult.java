package org.mlpot.api;

import java.util.Objects;
import org.mlpot.data.Frame;
import org.mlpot.md.MdRunResult;

/**
 * How a {@link Dynamics} run ended.
 *
 * @param summary the steps taken, why the run ended and the energies and temperature of the last state
 * @param last a snapshot of the last state (see {@link DynamicsObserver#observe} for what it holds)
 */
public record DynamicsResult(MdRunResult summary, Frame last) {

    /** Checks the arguments. */
    public DynamicsResult {
        Objects.requireNonNull(summary, "summary is null");
        Objects.requireNonNull(last, "last is null");
    }

    /** Whether all requested steps were taken (not stopped by the observer or an interrupt). */
    public boolean completed() {
        return summary.completed();
    }
}
