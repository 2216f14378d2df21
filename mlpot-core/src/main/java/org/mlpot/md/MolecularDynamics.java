package org.mlpot.md;

import java.util.Objects;

/**
 * Runs molecular dynamics: advances an {@link MdState} with an {@link Integrator} and reports to an
 * {@link MdObserver} every {@code interval} steps.
 *
 * <p>The observer sees the state as the run starts (before the first step) and after every step whose
 * number within the run is a multiple of {@code interval}. The run ends when all steps are taken, when
 * the observer returns {@link ObserverAction#STOP}, or when the running thread is interrupted (checked
 * before every step). Timing and output formats are the caller's business.
 */
public final class MolecularDynamics {
    private final Integrator integrator;
    private final int interval;

    /**
     * @param integrator advances the state
     * @param interval observe every this many steps (at least 1)
     */
    public MolecularDynamics(Integrator integrator, int interval) {
        this.integrator = Objects.requireNonNull(integrator, "integrator is null");
        if (interval < 1) {
            throw new IllegalArgumentException("the observation interval must be at least 1 step, got " + interval);
        }
        this.interval = interval;
    }

    /** The integrator. */
    public Integrator integrator() {
        return integrator;
    }

    /** Steps between observations. */
    public int interval() {
        return interval;
    }

    /**
     * Takes up to {@code steps} steps.
     *
     * @param state the state to advance; modified
     * @param steps number of steps (0 only observes the start)
     * @param observer told about the start and every {@code interval}-th step
     * @throws IllegalStateException when the simulation becomes unstable
     */
    public MdRunResult run(MdState state, long steps, MdObserver observer) {
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(observer, "observer is null");
        if (steps < 0) {
            throw new IllegalArgumentException("the number of steps must be non-negative, got " + steps);
        }
        int dof = integrator.degreesOfFreedom(state.size());
        if (observer.observe(record(state), state) == ObserverAction.STOP) {
            return new MdRunResult(0, MdRunResult.Outcome.STOPPED, record(state));
        }
        for (long i = 1; i <= steps; i++) {
            if (Thread.currentThread().isInterrupted()) {
                return new MdRunResult(i - 1, MdRunResult.Outcome.INTERRUPTED, MdRecord.of(state, dof));
            }
            integrator.step(state);
            if (i % interval == 0) {
                MdRecord record = MdRecord.of(state, dof);
                if (observer.observe(record, state) == ObserverAction.STOP) {
                    return new MdRunResult(i, MdRunResult.Outcome.STOPPED, record);
                }
            }
        }
        return new MdRunResult(steps, MdRunResult.Outcome.COMPLETED, record(state));
    }

    /** Takes {@code steps} steps without observing. */
    public MdRunResult run(MdState state, long steps) {
        return run(state, steps, MdObserver.none());
    }

    /** The record of a state, with the temperature over this integrator's degrees of freedom. */
    public MdRecord record(MdState state) {
        return MdRecord.of(state, integrator.degreesOfFreedom(state.size()));
    }

    @Override
    public String toString() {
        return "MolecularDynamics[" + integrator + ", every " + interval + " steps]";
    }
}
