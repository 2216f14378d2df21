package org.mlpot.api;

import org.mlpot.data.Frame;
import org.mlpot.md.MdRecord;
import org.mlpot.md.ObserverAction;

/** Watches a {@link Dynamics} run and may stop it. Called from the thread that runs it. */
@FunctionalInterface
public interface DynamicsObserver {

    /**
     * Called as the run starts (step 0) and after every observed step.
     *
     * @param record the step number, time (fs), potential, kinetic and total energy (eV) and temperature (K)
     * @param frame a snapshot of the system at that step, owned by the observer: the structure (positions
     *     unwrapped), the potential energy and forces as labels, the velocities (Å/fs) and info entries
     *     {@code step} and {@code time}; ready for {@link ExtXyz#writer}
     * @return {@link ObserverAction#STOP} to end the run now
     */
    ObserverAction observe(MdRecord record, Frame frame);

    /** An observer that watches nothing and never stops the run. */
    static DynamicsObserver none() {
        return (record, frame) -> ObserverAction.CONTINUE;
    }
}
