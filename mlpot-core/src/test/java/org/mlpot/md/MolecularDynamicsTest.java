package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.structure.Structure;

class MolecularDynamicsTest {

    private static MdState argon() {
        Structure crystal = ArgonCrystal.fcc108();
        return MdState.create(BruteForceLennardJones.argon(ArgonCrystal.CUTOFF), crystal,
                MaxwellBoltzmann.velocities(crystal, 40.0, 8));
    }

    @Test
    void observesTheStartAndEveryIntervalSteps() {
        MdState state = argon();
        List<Long> steps = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        MdRunResult run = new MolecularDynamics(new VelocityVerlet(2.0), 10).run(state, 35, (record, s) -> {
            steps.add(record.step());
            times.add(record.time());
            assertEquals(s.step(), record.step());
            assertEquals(record.potentialEnergy() + record.kineticEnergy(), record.totalEnergy(), 1e-12);
            return ObserverAction.CONTINUE;
        });
        assertEquals(List.of(0L, 10L, 20L, 30L), steps);
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0), times);
        assertEquals(MdRunResult.Outcome.COMPLETED, run.outcome());
        assertEquals(35, run.steps());
        assertEquals(35, run.last().step());
        assertEquals(70.0, run.last().time(), 1e-12);
        assertEquals(35, state.step());
    }

    @Test
    void recordsUseTheIntegratorsDegreesOfFreedom() {
        MdState state = argon();
        MdRecord nve = new MolecularDynamics(new VelocityVerlet(1.0), 1).record(state);
        MdRecord nvt = new MolecularDynamics(new Langevin(1.0, 40.0, 1), 1).record(state);
        assertEquals(40.0, nve.temperature(), 1e-9, "Maxwell–Boltzmann velocities read exactly T over 3N − 3");
        assertEquals(40.0 * 107 / 108, nvt.temperature(), 1e-9, "and T (N − 1)/N over 3N");
    }

    @Test
    void anObserverCanStopTheRun() {
        MdState state = argon();
        int[] calls = {0};
        MdRunResult run = new MolecularDynamics(new VelocityVerlet(2.0), 5).run(state, 1000, (record, s) -> {
            calls[0]++;
            return record.step() >= 20 ? ObserverAction.STOP : ObserverAction.CONTINUE;
        });
        assertEquals(MdRunResult.Outcome.STOPPED, run.outcome());
        assertFalse(run.completed());
        assertEquals(20, run.steps());
        assertEquals(20, state.step());
        assertEquals(5, calls[0], "steps 0, 5, 10, 15, 20");
    }

    @Test
    void stoppingAtTheStartTakesNoStep() {
        MdState state = argon();
        MdRunResult run = new MolecularDynamics(new VelocityVerlet(2.0), 1).run(state, 10, (r, s) -> ObserverAction.STOP);
        assertEquals(0, run.steps());
        assertEquals(0, state.step());
    }

    @Test
    void anInterruptedThreadStopsTheRun() {
        MdState state = argon();
        Thread.currentThread().interrupt();
        try {
            MdRunResult run = new MolecularDynamics(new VelocityVerlet(2.0), 1).run(state, 10);
            assertEquals(MdRunResult.Outcome.INTERRUPTED, run.outcome());
            assertEquals(0, state.step());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag stays set");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void snapshotsCarryPositionsEnergyForcesAndVelocities() {
        MdState state = argon();
        List<Frame> frames = new ArrayList<>();
        new MolecularDynamics(new VelocityVerlet(2.0), 50).run(state, 100, (record, s) -> {
            frames.add(s.snapshot());
            return ObserverAction.CONTINUE;
        });
        assertEquals(3, frames.size());
        Frame last = frames.get(2);
        assertEquals(state.structure(), last.structure());
        assertEquals(state.potentialEnergy(), last.labels().energy().getAsDouble());
        assertArrayEquals(state.forces(), last.labels().forces().orElseThrow());
        assertArrayEquals(state.velocities(), last.velocities().orElseThrow());
        assertEquals(new org.mlpot.data.InfoValue.Integer(100), last.info().get("step"));
        assertEquals(new org.mlpot.data.InfoValue.Real(200.0), last.info().get("time"));
        assertFalse(java.util.Arrays.equals(frames.get(0).structure().positions(), last.structure().positions()),
                "earlier snapshots are not changed by later steps");
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0.0);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new MolecularDynamics(new VelocityVerlet(1.0), 0));
        MolecularDynamics md = new MolecularDynamics(new VelocityVerlet(1.0), 1);
        assertThrows(IllegalArgumentException.class, () -> md.run(argon(), -1));
    }
}
