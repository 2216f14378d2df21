package org.mlpot.md;

/** Watches a minimisation: called once per step, before the convergence test acts. */
@FunctionalInterface
public interface MinimizationObserver {

    /**
     * Called with the progress after each evaluation of the potential.
     *
     * @return {@link ObserverAction#STOP} to end the minimisation now
     */
    ObserverAction observe(MinimizationRecord record);

    /** An observer that does nothing and never stops. */
    static MinimizationObserver none() {
        return record -> ObserverAction.CONTINUE;
    }
}
