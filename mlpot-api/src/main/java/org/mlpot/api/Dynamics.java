package org.mlpot.api;

import java.util.Objects;
import org.mlpot.md.Integrator;
import org.mlpot.md.Langevin;
import org.mlpot.md.MaxwellBoltzmann;
import org.mlpot.md.MdRunResult;
import org.mlpot.md.MdState;
import org.mlpot.md.MolecularDynamics;
import org.mlpot.md.VelocityVerlet;
import org.mlpot.structure.Structure;

/**
 * Molecular dynamics settings: velocity Verlet (NVE) or a Langevin thermostat (NVT, BAOAB), as
 * {@code mlpot md} runs them. Velocities start from a Maxwell–Boltzmann distribution at the
 * temperature, without net momentum. Immutable: each {@code with…} method returns new settings; one
 * instance may run many simulations, also at the same time. The same settings, model and start give
 * the same trajectory.
 *
 * <pre>{@code
 * DynamicsResult result = Dynamics.langevin(1.0, 300, 0.01).withObserveEvery(10)
 *         .run(model, structure, 1000, (record, frame) -> {
 *             System.out.println(record);
 *             return ObserverAction.CONTINUE;
 *         });
 * }</pre>
 */
public final class Dynamics {
    private final boolean thermostat;
    private final double timeStep;
    private final double temperature;
    private final double friction;
    private final long seed;
    private final int observeEvery;

    private Dynamics(boolean thermostat, double timeStep, double temperature, double friction, long seed, int observeEvery) {
        if (!(timeStep > 0) || timeStep > 20) {
            throw new IllegalArgumentException("the time step must be between 0 and 20 fs, got " + timeStep + " (1-2 fs is usual)");
        }
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("the temperature must be 0 K or more, got " + temperature);
        }
        if (thermostat && (!(friction > 0) || !Double.isFinite(friction))) {
            throw new IllegalArgumentException("the Langevin friction must be positive (1/fs), got " + friction);
        }
        if (observeEvery < 1) {
            throw new IllegalArgumentException("observe at least every step (every >= 1), got " + observeEvery);
        }
        this.thermostat = thermostat;
        this.timeStep = timeStep;
        this.temperature = temperature;
        this.friction = friction;
        this.seed = seed;
        this.observeEvery = observeEvery;
    }

    /**
     * Constant-energy dynamics with velocity Verlet, observed every step, seed 1.
     *
     * @param timeStepFs the time step, fs (0 to 20)
     * @param initialTemperatureK the temperature of the initial velocities, K
     */
    public static Dynamics nve(double timeStepFs, double initialTemperatureK) {
        return new Dynamics(false, timeStepFs, initialTemperatureK, Double.NaN, 1, 1);
    }

    /**
     * Constant-temperature dynamics with a Langevin thermostat (BAOAB), observed every step, seed 1.
     *
     * @param timeStepFs the time step, fs (0 to 20)
     * @param temperatureK the thermostat's and the initial velocities' temperature, K
     * @param frictionPerFs the friction, 1/fs (0.01 is a 100 fs damping time)
     */
    public static Dynamics langevin(double timeStepFs, double temperatureK, double frictionPerFs) {
        return new Dynamics(true, timeStepFs, temperatureK, frictionPerFs, 1, 1);
    }

    /** These settings with another seed for the initial velocities and the thermostat's noise. */
    public Dynamics withSeed(long newSeed) {
        return new Dynamics(thermostat, timeStep, temperature, friction, newSeed, observeEvery);
    }

    /**
     * These settings with the observer called every {@code steps} steps (and at the start).
     *
     * @throws IllegalArgumentException when steps is less than 1
     */
    public Dynamics withObserveEvery(int steps) {
        return new Dynamics(thermostat, timeStep, temperature, friction, seed, steps);
    }

    /**
     * Runs up to {@code steps} steps from {@code start} with {@code model}.
     *
     * @param start the initial structure (not modified; positions are not wrapped back into the cell)
     * @param steps the number of time steps, 0 or more
     * @param observer called at the start and every {@code observeEvery} steps; may stop the run
     * @return the summary and the last state; an interrupted thread ends the run early with its interrupt flag set
     * @throws IllegalArgumentException when the structure holds an element the model does not know
     * @throws IllegalStateException when the simulation becomes unstable
     */
    public DynamicsResult run(Model model, Structure start, long steps, DynamicsObserver observer) {
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(observer, "observer is null");
        if (steps < 0) {
            throw new IllegalArgumentException("the number of steps must be 0 or more, got " + steps);
        }
        double[] velocities = MaxwellBoltzmann.velocities(start, temperature, seed);
        MdState state = MdState.create(model.potential(), start, velocities);
        Integrator integrator = thermostat ? new Langevin(timeStep, temperature, friction, seed) : new VelocityVerlet(timeStep);
        MdRunResult summary = new MolecularDynamics(integrator, observeEvery)
                .run(state, steps, (record, live) -> observer.observe(record, live.snapshot()));
        return new DynamicsResult(summary, state.snapshot());
    }

    @Override
    public String toString() {
        return thermostat
                ? "Dynamics[Langevin, dt " + timeStep + " fs, " + temperature + " K, friction " + friction + "/fs, seed " + seed
                        + ", observe every " + observeEvery + "]"
                : "Dynamics[NVE, dt " + timeStep + " fs, start " + temperature + " K, seed " + seed + ", observe every "
                        + observeEvery + "]";
    }
}
