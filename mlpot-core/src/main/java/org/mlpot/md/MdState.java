package org.mlpot.md;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

/**
 * The state of one simulation: positions (Å), velocities (Å/fs), the forces (eV/Å) and potential
 * energy (eV) at the current positions, the step count and the simulated time (fs), together with the
 * potential that produced the forces.
 *
 * <p>Read-only from outside this package: only the {@link Integrator}s and {@link Fire} of
 * {@code org.mlpot.md} advance it. Every accessor that returns an array returns a copy; take a
 * {@link #snapshot()} to keep a configuration. The forces always belong to the current positions.
 *
 * <p>Positions are not wrapped into the cell as atoms move (so displacements stay continuous); the
 * potential accepts unwrapped positions, and {@link Structure#wrapped()} maps them in for output.
 * Not thread-safe.
 */
public final class MdState {
    private static final Set<Property> FORCES = Set.of(Property.FORCES);

    private final Potential potential;
    private final Structure template; // species, masses and cell; positions are replaced every step
    private final double[] accelerationPerForce; // Units.ACCELERATION / m_i: Å/fs² per eV/Å
    private final double[] positions;
    private final double[] velocities;
    private final double[] forces;
    private double potentialEnergy;
    private long step;
    private double time;

    private MdState(Potential potential, Structure structure, double[] velocities) {
        this.potential = potential;
        this.template = structure;
        int n = structure.size();
        this.accelerationPerForce = new double[n];
        for (int i = 0; i < n; i++) {
            accelerationPerForce[i] = Units.ACCELERATION / structure.mass(i);
        }
        this.positions = structure.positions();
        this.velocities = velocities;
        this.forces = new double[3 * n];
        evaluate();
    }

    /**
     * A state at rest: the structure with zero velocities; the potential is evaluated once.
     *
     * @throws IllegalArgumentException when the potential cannot evaluate the structure
     */
    public static MdState create(Potential potential, Structure structure) {
        Objects.requireNonNull(structure, "structure is null");
        return create(potential, structure, new double[3 * structure.size()]);
    }

    /**
     * A state with the given velocities; the potential is evaluated once.
     *
     * @param velocities 3N components {@code vx0 vy0 vz0 vx1 ...} in Å/fs; not modified
     * @throws IllegalArgumentException when the length is not 3N, a component is not finite, or the
     *     potential cannot evaluate the structure
     */
    public static MdState create(Potential potential, Structure structure, double[] velocities) {
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(structure, "structure is null");
        Objects.requireNonNull(velocities, "velocities is null");
        if (structure.size() == 0) {
            throw new IllegalArgumentException("a simulation needs at least one atom, the structure is empty");
        }
        if (velocities.length != 3 * structure.size()) {
            throw new IllegalArgumentException("expected " + 3 * structure.size() + " velocity components for "
                    + structure.size() + " atoms, got " + velocities.length);
        }
        for (int k = 0; k < velocities.length; k++) {
            if (!Double.isFinite(velocities[k])) {
                throw new IllegalArgumentException("velocity of atom " + k / 3 + " is not finite: " + velocities[k]);
            }
        }
        return new MdState(potential, structure, velocities.clone());
    }

    /** A state from a frame's structure and its velocities, or zero velocities when it has none. */
    public static MdState fromFrame(Potential potential, Frame frame) {
        Objects.requireNonNull(frame, "frame is null");
        Structure structure = frame.structure();
        return create(potential, structure, frame.velocities().orElseGet(() -> new double[3 * structure.size()]));
    }

    /** The potential that gives the forces. */
    public Potential potential() {
        return potential;
    }

    /** The number of atoms N. */
    public int size() {
        return template.size();
    }

    /** Steps taken since the state was created. */
    public long step() {
        return step;
    }

    /** Simulated time since the state was created, fs. */
    public double time() {
        return time;
    }

    /** The potential energy at the current positions, eV. */
    public double potentialEnergy() {
        return potentialEnergy;
    }

    /** The kinetic energy {@code Σ ½ m v²}, eV. */
    public double kineticEnergy() {
        double sum = 0;
        for (int i = 0; i < accelerationPerForce.length; i++) {
            double vx = velocities[3 * i];
            double vy = velocities[3 * i + 1];
            double vz = velocities[3 * i + 2];
            // ½ m v² Units.KINETIC_ENERGY with m Units.KINETIC_ENERGY = 1 / accelerationPerForce
            sum += (vx * vx + vy * vy + vz * vz) / accelerationPerForce[i];
        }
        return 0.5 * sum;
    }

    /** Potential plus kinetic energy, eV. */
    public double totalEnergy() {
        return potentialEnergy + kineticEnergy();
    }

    /**
     * The kinetic temperature {@code 2 KE / (dof kB)} in K.
     *
     * @param degreesOfFreedom the number of degrees of freedom that share the kinetic energy, such as
     *     {@link Integrator#degreesOfFreedom(int)} gives
     * @throws IllegalArgumentException when it is not positive
     */
    public double temperature(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + degreesOfFreedom);
        }
        return 2.0 * kineticEnergy() / (degreesOfFreedom * Units.BOLTZMANN);
    }

    /** The total momentum {@code Σ m v} as three components in amu·Å/fs (a new array). */
    public double[] momentum() {
        return MaxwellBoltzmann.totalMomentum(template, velocities);
    }

    /** The largest per-atom force norm {@code max_i |F_i|}, eV/Å. */
    public double maxAtomForce() {
        double max2 = 0;
        for (int k = 0; k < forces.length; k += 3) {
            double f2 = forces[k] * forces[k] + forces[k + 1] * forces[k + 1] + forces[k + 2] * forces[k + 2];
            max2 = Math.max(max2, f2);
        }
        return Math.sqrt(max2);
    }

    /** Coordinate {@code c} (0 = x, 1 = y, 2 = z) of atom {@code i}, Å. */
    public double position(int i, int c) {
        return positions[3 * i + c];
    }

    /** Velocity component {@code c} of atom {@code i}, Å/fs. */
    public double velocity(int i, int c) {
        return velocities[3 * i + c];
    }

    /** Force component {@code c} on atom {@code i}, eV/Å. */
    public double force(int i, int c) {
        return forces[3 * i + c];
    }

    /** All positions {@code x0 y0 z0 x1 ...}, Å, as a new array. */
    public double[] positions() {
        return positions.clone();
    }

    /** All velocities, Å/fs, as a new array. */
    public double[] velocities() {
        return velocities.clone();
    }

    /** All forces, eV/Å, as a new array. */
    public double[] forces() {
        return forces.clone();
    }

    /** The structure at the current positions (same species, masses and cell as the initial one). */
    public Structure structure() {
        return template.withPositions(positions);
    }

    /**
     * The current configuration as a frame, ready for any {@code FrameWriter}: the structure at the
     * current positions (unwrapped), labels with the potential energy and forces, the velocities, and
     * info entries {@code step} (integer) and {@code time} (real, fs).
     */
    public Frame snapshot() {
        Map<String, InfoValue> info = new LinkedHashMap<>();
        info.put("step", new InfoValue.Integer(step));
        info.put("time", new InfoValue.Real(time));
        return Frame.of(structure(), Labels.of(potentialEnergy, forces), velocities, info, List.of(), FrameSource.IN_MEMORY);
    }

    @Override
    public String toString() {
        return "MdState[" + template.formula() + ", step " + step + ", t=" + time + " fs, Epot=" + potentialEnergy + " eV]";
    }

    // ---- package-private: the live arrays and the operations that advance the state ----

    /** The live position array (3N, Å); integrators modify it, then call {@link #evaluate()}. */
    double[] livePositions() {
        return positions;
    }

    /** The live velocity array (3N, Å/fs). */
    double[] liveVelocities() {
        return velocities;
    }

    /** The live force array (3N, eV/Å); do not modify. */
    double[] liveForces() {
        return forces;
    }

    /** Per atom {@code Units.ACCELERATION / m_i}: multiply a force (eV/Å) to get Å/fs²; do not modify. */
    double[] liveAccelerationPerForce() {
        return accelerationPerForce;
    }

    /**
     * Evaluates the potential at the current positions and stores energy and forces. Allocates only
     * the structure the potential needs and what the potential returns.
     *
     * @throws IllegalStateException when the potential gives no forces, or the energy or positions
     *     stopped being finite (an unstable simulation)
     */
    void evaluate() {
        Structure current;
        try {
            current = template.withPositions(positions);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the simulation became unstable at step " + step + " (" + e.getMessage()
                    + "): reduce the time step or start from a relaxed structure", e);
        }
        Result result = potential.evaluate(current, FORCES);
        double[] f = result.forces();
        if (f == null || f.length != forces.length) {
            throw new IllegalStateException("potential " + potential.name() + " returned "
                    + (f == null ? "no forces" : f.length + " force components for " + size() + " atoms"));
        }
        if (!Double.isFinite(result.energy())) {
            throw new IllegalStateException("potential " + potential.name() + " returned a non-finite energy at step "
                    + step + ": reduce the time step or start from a relaxed structure");
        }
        System.arraycopy(f, 0, forces, 0, forces.length);
        potentialEnergy = result.energy();
    }

    /** Counts one step of {@code timeStep} fs. */
    void advanceClock(double timeStep) {
        step++;
        time += timeStep;
    }
}
