package org.mlpot.md;

/**
 * Advances an {@link MdState} by one time step. The implementations are {@link VelocityVerlet} (NVE)
 * and {@link Langevin} (NVT); each evaluates the potential once per step.
 */
public sealed interface Integrator permits VelocityVerlet, Langevin {

    /**
     * Advances the state by one step of {@link #timeStep()}: positions, velocities, forces, energy,
     * step count and time.
     *
     * @throws IllegalStateException when the simulation becomes unstable (non-finite positions or energy)
     */
    void step(MdState state);

    /** The time step, fs. */
    double timeStep();

    /**
     * The degrees of freedom over which kinetic energy is shared, used to turn it into a temperature
     * ({@code T = 2 KE / (dof kB)}) for N atoms.
     */
    int degreesOfFreedom(int atoms);
}
