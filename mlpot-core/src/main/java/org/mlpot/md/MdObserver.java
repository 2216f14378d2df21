package org.mlpot.md;

/**
 * Watches a {@link MolecularDynamics} run: logs the record, writes {@link MdState#snapshot()}s,
 * and may stop the run.
 */
@FunctionalInterface
public interface MdObserver {

    /**
     * Called for an observed step.
     *
     * @param record the step's energies and temperature
     * @param state the live state; valid only during this call (take a {@link MdState#snapshot()} to keep it)
     * @return {@link ObserverAction#STOP} to end the run now
     */
    ObserverAction observe(MdRecord record, MdState state);

    /** An observer that does nothing and never stops the run. */
    static MdObserver none() {
        return (record, state) -> ObserverAction.CONTINUE;
    }
}
