package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlpot.potential.Potential;
import org.mlpot.structure.Structure;

class LangevinTest {
    private static final Potential ARGON = BruteForceLennardJones.argon(ArgonCrystal.CUTOFF);

    /** Mean kinetic temperature over a run after equilibration. */
    private static double meanTemperature(double target, double friction, long seed) {
        Structure crystal = ArgonCrystal.fcc108();
        MdState state = MdState.create(ARGON, crystal, MaxwellBoltzmann.velocities(crystal, target, seed));
        MolecularDynamics md = new MolecularDynamics(new Langevin(5.0, target, friction, seed), 5);
        md.run(state, 500); // 2.5 ps = 25 damping times at γ = 0.01/fs
        double[] sum = {0, 0};
        md.run(state, 2500, (record, s) -> {
            sum[0] += record.temperature();
            sum[1]++;
            return ObserverAction.CONTINUE;
        });
        return sum[0] / sum[1];
    }

    @Test
    void holdsTheTargetTemperature() {
        // 108 atoms: one sample fluctuates by sqrt(2/324) ≈ 8 %, the mean over 12.5 ps by about 1 %
        assertEquals(1.0, meanTemperature(60.0, Langevin.DEFAULT_FRICTION, 1) / 60.0, 0.05, "mean T / target");
    }

    @Test
    void holdsTheTargetTemperatureWithStrongFriction() {
        assertEquals(1.0, meanTemperature(30.0, 0.1, 2) / 30.0, 0.05, "mean T / target at γ = 0.1/fs");
    }

    @Test
    void sameSeedGivesTheSameTrajectory() {
        assertArrayEquals(trajectoryEnd(9), trajectoryEnd(9));
        assertFalse(Arrays.equals(trajectoryEnd(9), trajectoryEnd(10)));
    }

    private static double[] trajectoryEnd(long seed) {
        Structure crystal = ArgonCrystal.fcc108();
        MdState state = MdState.create(ARGON, crystal, MaxwellBoltzmann.velocities(crystal, 50.0, 1));
        new MolecularDynamics(new Langevin(5.0, 50.0, seed), 1).run(state, 100);
        double[] end = Arrays.copyOf(state.positions(), 2 * 3 * crystal.size());
        System.arraycopy(state.velocities(), 0, end, 3 * crystal.size(), 3 * crystal.size());
        return end;
    }

    @Test
    void withoutFrictionItIsVelocityVerlet() {
        Structure crystal = ArgonCrystal.fcc108();
        double[] v = MaxwellBoltzmann.velocities(crystal, 50.0, 4);
        MdState langevin = MdState.create(ARGON, crystal, v);
        MdState verlet = MdState.create(ARGON, crystal, v);
        new MolecularDynamics(new Langevin(5.0, 50.0, 0.0, 1), 1).run(langevin, 200);
        new MolecularDynamics(new VelocityVerlet(5.0), 1).run(verlet, 200);
        assertArrayEquals(verlet.positions(), langevin.positions(), 1e-9, "positions (Å)");
        assertArrayEquals(verlet.velocities(), langevin.velocities(), 1e-12, "velocities (Å/fs)");
    }

    @Test
    void countsAllDegreesOfFreedom() {
        assertEquals(3 * 64, new Langevin(1.0, 300.0, 1).degreesOfFreedom(64));
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new Langevin(0.0, 300, 1));
        assertThrows(IllegalArgumentException.class, () -> new Langevin(1.0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Langevin(1.0, 300, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Langevin(1.0, Double.POSITIVE_INFINITY, 1));
    }
}
