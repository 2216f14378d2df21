package org.mlpot.md;

/**
 * The velocity Verlet integrator (microcanonical, NVE): symplectic and time-reversible, second order
 * in the time step, so the energy error stays bounded and scales as {@code dt²}.
 *
 * <pre>
 *   v ← v + (dt/2) a(x)
 *   x ← x + dt v
 *   v ← v + (dt/2) a(x)        with a = F/m × Units.ACCELERATION
 * </pre>
 *
 * Stateless; one instance may drive any number of runs.
 */
public final class VelocityVerlet implements Integrator {
    private final double timeStep;

    /**
     * @param timeStep time step in fs (typically 0.5–2 fs for atoms with hydrogen, 1–5 fs otherwise)
     * @throws IllegalArgumentException when it is not positive and finite
     */
    public VelocityVerlet(double timeStep) {
        this.timeStep = Langevin.requirePositive(timeStep, "time step (fs)");
    }

    @Override
    public void step(MdState state) {
        double[] x = state.livePositions();
        double[] v = state.liveVelocities();
        double[] f = state.liveForces();
        double[] acc = state.liveAccelerationPerForce();
        double half = 0.5 * timeStep;
        for (int k = 0; k < x.length; k++) {
            v[k] += half * f[k] * acc[k / 3];
            x[k] += timeStep * v[k];
        }
        state.evaluate();
        for (int k = 0; k < x.length; k++) {
            v[k] += half * f[k] * acc[k / 3];
        }
        state.advanceClock(timeStep);
    }

    @Override
    public double timeStep() {
        return timeStep;
    }

    /**
     * {@code 3N − 3}: velocity Verlet conserves the total momentum, which is zero for velocities from
     * {@link MaxwellBoltzmann}, so three degrees of freedom carry no kinetic energy. (Angular momentum,
     * also conserved for a free cluster, is not subtracted.) A single atom counts 3.
     */
    @Override
    public int degreesOfFreedom(int atoms) {
        return atoms < 2 ? 3 * atoms : 3 * atoms - 3;
    }

    @Override
    public String toString() {
        return "VelocityVerlet[dt=" + timeStep + " fs]";
    }
}
