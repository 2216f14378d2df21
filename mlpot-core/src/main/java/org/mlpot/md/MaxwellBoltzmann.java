package org.mlpot.md;

import java.util.Objects;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

/**
 * Initial velocities drawn from the Maxwell–Boltzmann distribution.
 *
 * <p>Each component of atom i is drawn from a normal distribution of variance {@code kB T / m_i}
 * (converted to Å²/fs²), the mass-weighted mean velocity is subtracted so the total momentum is zero,
 * and the velocities are scaled so that the kinetic temperature is exactly T with
 * {@code 3N − 3} degrees of freedom: {@code Σ ½ m v² = ½ (3N − 3) kB T}. These are the degrees of
 * freedom that remain once the centre-of-mass motion is removed, and the ones
 * {@link VelocityVerlet#degreesOfFreedom(int)} reports, so an NVE run starts at exactly T.
 * ({@link Langevin} counts 3N, so there the same velocities read as {@code T (N − 1)/N} at step 0.)
 */
public final class MaxwellBoltzmann {

    private MaxwellBoltzmann() {
    }

    /**
     * Velocities at temperature {@code temperature} with zero total momentum, deterministic in the seed.
     *
     * @param structure the atoms (their masses are used)
     * @param temperature target temperature in K; 0 gives all-zero velocities
     * @param seed seed of the random draw
     * @return 3N components {@code vx0 vy0 vz0 vx1 ...} in Å/fs
     * @throws IllegalArgumentException when the temperature is negative or not finite, or when a positive
     *     temperature is asked for a single atom (with its momentum removed it cannot move)
     */
    public static double[] velocities(Structure structure, double temperature, long seed) {
        Objects.requireNonNull(structure, "structure is null");
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and non-negative (K), got " + temperature);
        }
        int n = structure.size();
        double[] v = new double[3 * n];
        if (temperature == 0) {
            return v;
        }
        if (n < 2) {
            throw new IllegalArgumentException("cannot give " + n + " atom(s) a temperature with zero total momentum: "
                    + "at least two atoms are needed");
        }
        GaussianRandom gaussian = new GaussianRandom(seed);
        double kT = Units.BOLTZMANN * temperature;
        for (int i = 0; i < n; i++) {
            double sigma = Math.sqrt(kT / structure.mass(i) * Units.ACCELERATION);
            for (int c = 0; c < 3; c++) {
                v[3 * i + c] = sigma * gaussian.next();
            }
        }
        removeMomentum(structure, v);
        double kinetic = 0;
        for (int i = 0; i < n; i++) {
            double vx = v[3 * i];
            double vy = v[3 * i + 1];
            double vz = v[3 * i + 2];
            kinetic += 0.5 * structure.mass(i) * (vx * vx + vy * vy + vz * vz) * Units.KINETIC_ENERGY;
        }
        double target = 0.5 * (3 * n - 3) * kT;
        double scale = Math.sqrt(target / kinetic);
        for (int k = 0; k < v.length; k++) {
            v[k] *= scale;
        }
        return v;
    }

    /**
     * Subtracts the centre-of-mass velocity so that {@code Σ m v = 0}.
     *
     * @param structure the atoms (their masses are used)
     * @param velocities 3N components in Å/fs; modified
     */
    public static void removeMomentum(Structure structure, double[] velocities) {
        double[] p = totalMomentum(structure, velocities);
        double totalMass = 0;
        for (int i = 0; i < structure.size(); i++) {
            totalMass += structure.mass(i);
        }
        for (int i = 0; i < structure.size(); i++) {
            for (int c = 0; c < 3; c++) {
                velocities[3 * i + c] -= p[c] / totalMass;
            }
        }
    }

    /**
     * The total momentum {@code Σ m v}, amu·Å/fs, as three components.
     *
     * @param velocities 3N components in Å/fs; not modified
     * @throws IllegalArgumentException when the length is not 3N
     */
    public static double[] totalMomentum(Structure structure, double[] velocities) {
        if (velocities.length != 3 * structure.size()) {
            throw new IllegalArgumentException("expected " + 3 * structure.size() + " velocity components, got " + velocities.length);
        }
        double[] p = new double[3];
        for (int i = 0; i < structure.size(); i++) {
            for (int c = 0; c < 3; c++) {
                p[c] += structure.mass(i) * velocities[3 * i + c];
            }
        }
        return p;
    }
}
