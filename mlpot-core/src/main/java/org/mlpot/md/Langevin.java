package org.mlpot.md;

import org.mlpot.units.Units;

/**
 * Langevin dynamics (canonical, NVT) with the BAOAB splitting of Leimkuhler and Matthews
 * (Appl. Math. Res. Express 2013, 34; J. Chem. Phys. 138, 174102 (2013)):
 *
 * <pre>
 *   B: v ← v + (dt/2) a(x)
 *   A: x ← x + (dt/2) v
 *   O: v ← c₁ v + c₂ sqrt(kB T / m) ξ     c₁ = exp(−γ dt), c₂ = sqrt(1 − c₁²), ξ ~ N(0, 1) per component
 *   A: x ← x + (dt/2) v
 *   B: v ← v + (dt/2) a(x)                 (forces evaluated once, between the two A steps)
 * </pre>
 *
 * The O step is the exact solution of the Ornstein–Uhlenbeck process, so any friction γ ≥ 0 is
 * stable; γ = 0 gives velocity Verlet. BAOAB samples configurations with an error of order
 * {@code dt²} that is very small in practice; the kinetic temperature read after the last B step is
 * accurate to order {@code dt²} as well.
 *
 * <p>The friction acts on every atom independently, so the total momentum is not conserved and all
 * {@code 3N} degrees of freedom are thermalised: {@link #degreesOfFreedom(int)} is {@code 3N}.
 *
 * <p>Holds its random number generator (seeded at construction), so a run is reproducible from the
 * seed; use a new instance for each independent run. Not thread-safe.
 */
public final class Langevin implements Integrator {
    /** The default friction γ, 1/fs: 0.01 fs⁻¹, a damping time {@code 1/γ} of 100 fs. */
    public static final double DEFAULT_FRICTION = 0.01;

    private final double timeStep;
    private final double temperature;
    private final double friction;
    private final long seed;
    private final double c1;
    private final double c2;
    private final double kT;
    private final GaussianRandom gaussian;

    /**
     * A Langevin thermostat with the {@linkplain #DEFAULT_FRICTION default friction}.
     *
     * @see #Langevin(double, double, double, long)
     */
    public Langevin(double timeStep, double temperature, long seed) {
        this(timeStep, temperature, DEFAULT_FRICTION, seed);
    }

    /**
     * @param timeStep time step, fs
     * @param temperature target temperature, K (0 quenches)
     * @param friction friction coefficient γ, 1/fs (the damping time is {@code 1/γ}); 0 switches the
     *     thermostat off
     * @param seed seed of the random forces
     * @throws IllegalArgumentException when the time step is not positive or the temperature or
     *     friction is negative or not finite
     */
    public Langevin(double timeStep, double temperature, double friction, long seed) {
        this.timeStep = requirePositive(timeStep, "time step (fs)");
        this.temperature = requireNonNegative(temperature, "temperature (K)");
        this.friction = requireNonNegative(friction, "friction (1/fs)");
        this.seed = seed;
        this.c1 = Math.exp(-friction * timeStep);
        this.c2 = Math.sqrt(1.0 - c1 * c1);
        this.kT = Units.BOLTZMANN * temperature;
        this.gaussian = new GaussianRandom(seed);
    }

    @Override
    public void step(MdState state) {
        double[] x = state.livePositions();
        double[] v = state.liveVelocities();
        double[] f = state.liveForces();
        double[] acc = state.liveAccelerationPerForce();
        double half = 0.5 * timeStep;
        for (int k = 0; k < x.length; k++) { // B A
            v[k] += half * f[k] * acc[k / 3];
            x[k] += half * v[k];
        }
        for (int i = 0; i < acc.length; i++) { // O A; kT · acc = kB T / m in Å²/fs²
            double noise = c2 * Math.sqrt(kT * acc[i]);
            for (int k = 3 * i; k < 3 * i + 3; k++) {
                v[k] = c1 * v[k] + noise * gaussian.next();
                x[k] += half * v[k];
            }
        }
        state.evaluate();
        for (int k = 0; k < x.length; k++) { // B
            v[k] += half * f[k] * acc[k / 3];
        }
        state.advanceClock(timeStep);
    }

    @Override
    public double timeStep() {
        return timeStep;
    }

    /** The target temperature, K. */
    public double temperature() {
        return temperature;
    }

    /** The friction coefficient γ, 1/fs. */
    public double friction() {
        return friction;
    }

    /** The seed of the random forces. */
    public long seed() {
        return seed;
    }

    /** {@code 3N}: the thermostat exchanges momentum with every atom, so nothing is conserved. */
    @Override
    public int degreesOfFreedom(int atoms) {
        return 3 * atoms;
    }

    @Override
    public String toString() {
        return "Langevin[dt=" + timeStep + " fs, T=" + temperature + " K, gamma=" + friction + " 1/fs, seed=" + seed + "]";
    }

    static double requirePositive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
        return value;
    }

    static double requireNonNegative(double value, String what) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be non-negative and finite, got " + value);
        }
        return value;
    }
}
