package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

class MdStateTest {
    private static final Structure DIMER = Structure.of(List.of(Element.Ar, Element.Ar), new double[] {0, 0, 0, 4, 0, 0}, Cell.none());
    private static final BruteForceLennardJones LJ = BruteForceLennardJones.argon(Double.POSITIVE_INFINITY);

    @Test
    void evaluatesThePotentialAtCreation() {
        MdState state = MdState.create(LJ, DIMER);
        double expected = LJ.evaluate(DIMER, java.util.Set.of()).energy();
        assertEquals(expected, state.potentialEnergy(), 0.0);
        assertEquals(0.0, state.kineticEnergy(), 0.0);
        assertEquals(0, state.step());
        assertEquals(0.0, state.time(), 0.0);
        assertEquals(-state.force(1, 0), state.force(0, 0), 1e-15, "Newton's third law");
        assertEquals(Math.abs(state.force(0, 0)), state.maxAtomForce(), 1e-15);
    }

    @Test
    void kineticEnergyAndTemperatureUseTheStatedUnits() {
        double[] v = {0.01, 0, 0, -0.01, 0, 0}; // Å/fs
        MdState state = MdState.create(LJ, DIMER, v);
        double expected = 2 * 0.5 * Element.Ar.mass() * 1e-4 * Units.KINETIC_ENERGY;
        assertEquals(expected, state.kineticEnergy(), 1e-15);
        assertEquals(2 * expected / (3 * Units.BOLTZMANN), state.temperature(3), 1e-9);
        assertEquals(state.potentialEnergy() + expected, state.totalEnergy(), 1e-15);
        assertArrayEquals(new double[3], state.momentum(), 1e-15);
    }

    @Test
    void accessorsReturnCopies() {
        MdState state = MdState.create(LJ, DIMER, new double[] {0.01, 0, 0, -0.01, 0, 0});
        state.positions()[0] = 99;
        state.velocities()[0] = 99;
        state.forces()[0] = 99;
        assertEquals(0.0, state.position(0, 0));
        assertEquals(0.01, state.velocity(0, 0));
        assertTrue(state.force(0, 0) != 99);
    }

    @Test
    void startsFromAFrameWithOrWithoutVelocities() {
        double[] v = {0.01, 0, 0, -0.01, 0, 0};
        Frame frame = Frame.of(DIMER, Labels.none()).withVelocities(v);
        assertArrayEquals(v, MdState.fromFrame(LJ, frame).velocities(), 0.0);
        assertArrayEquals(new double[6], MdState.fromFrame(LJ, Frame.of(DIMER, Labels.none())).velocities(), 0.0);
    }

    @Test
    void rejectsBadVelocities() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MdState.create(LJ, DIMER, new double[5]));
        assertTrue(e.getMessage().contains("expected 6 velocity components"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MdState.create(LJ, DIMER, new double[] {0, 0, Double.NaN, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> MdState.create(LJ, DIMER).temperature(0));
    }

    @Test
    void anExplodingSimulationSaysSo() {
        // an inverted harmonic well pushes the atoms out exponentially until the numbers overflow
        MdState state = MdState.create(new HarmonicWell(-1.0, new double[6]), DIMER);
        VelocityVerlet verlet = new VelocityVerlet(100.0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 10_000; i++) {
                verlet.step(state);
            }
        });
        assertTrue(e.getMessage().contains("reduce the time step"), e.getMessage());
    }
}
