package org.mlpot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.md.MdRecord;
import org.mlpot.md.MdRunResult;
import org.mlpot.md.ObserverAction;
import org.mlpot.potential.builtin.BuiltinPotentials;
import org.mlpot.structure.Structure;

/** {@link Dynamics} with the built-in Stillinger–Weber silicon: the observer's view, stopping, energy conservation. */
class DynamicsTest {
    private static final Model SW = Model.builtin(BuiltinPotentials.SW_SI);

    private static Structure start() {
        return TinyModels.siliconFrames(1).get(0).structure();
    }

    @Test
    void theObserverSeesTheStartAndEveryNthStepWithFramesAndEnergyIsConservedInNve() {
        List<MdRecord> records = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        DynamicsResult result = Dynamics.nve(1.0, 300).withObserveEvery(5).withSeed(4).run(SW, start(), 20, (record, frame) -> {
            records.add(record);
            frames.add(frame);
            return ObserverAction.CONTINUE;
        });
        assertEquals(List.of(0L, 5L, 10L, 15L, 20L), records.stream().map(MdRecord::step).toList());
        assertEquals(20.0, records.get(4).time(), 1e-12);
        assertTrue(result.completed());
        assertEquals(20, result.summary().steps());
        assertEquals(64, frames.get(2).structure().size());
        assertTrue(frames.get(2).velocities().isPresent());
        assertEquals(records.get(2).potentialEnergy(), frames.get(2).labels().energy().getAsDouble());
        assertTrue(records.get(0).temperature() > 150 && records.get(0).temperature() < 450,
                "starts near 300 K, got " + records.get(0).temperature());
        for (MdRecord r : records) {
            assertEquals(records.get(0).totalEnergy(), r.totalEnergy(), 5e-3, "NVE conserves energy within 5 meV over 20 fs");
        }
        assertEquals(records.get(4).potentialEnergy(), result.last().labels().energy().getAsDouble());
    }

    @Test
    void theObserverCanStopTheRunAndLangevinRunsAreReproducible() {
        Dynamics langevin = Dynamics.langevin(1.0, 500, 0.05).withObserveEvery(2).withSeed(9);
        List<Long> steps = new ArrayList<>();
        DynamicsResult stopped = langevin.run(SW, start(), 100, (record, frame) -> {
            steps.add(record.step());
            return record.step() >= 6 ? ObserverAction.STOP : ObserverAction.CONTINUE;
        });
        assertEquals(List.of(0L, 2L, 4L, 6L), steps);
        assertFalse(stopped.completed());
        assertEquals(MdRunResult.Outcome.STOPPED, stopped.summary().outcome());
        assertEquals(6, stopped.summary().steps());

        DynamicsResult first = langevin.run(SW, start(), 6, DynamicsObserver.none());
        assertEquals(stopped.summary().last(), first.summary().last(), "same settings, model and start: same trajectory");
        assertEquals(first.last().structure(), langevin.run(SW, start(), 6, DynamicsObserver.none()).last().structure());
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Dynamics.nve(0, 300));
        assertThrows(IllegalArgumentException.class, () -> Dynamics.nve(25, 300));
        assertThrows(IllegalArgumentException.class, () -> Dynamics.nve(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Dynamics.langevin(1, 300, 0));
        assertThrows(IllegalArgumentException.class, () -> Dynamics.nve(1, 300).withObserveEvery(0));
        assertThrows(IllegalArgumentException.class, () -> Dynamics.nve(1, 300).run(SW, start(), -1, DynamicsObserver.none()));
    }
}
