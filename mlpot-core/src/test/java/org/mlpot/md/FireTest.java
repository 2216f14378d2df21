package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class FireTest {
    private static final double EPSILON = 0.0104; // eV
    private static final double SIGMA = 3.4; // Å

    private static Structure dimer(double r) {
        return Structure.of(List.of(Element.Ar, Element.Ar), new double[] {0, 0, 0, r, 0.3, -0.2}, Cell.none());
    }

    private static double distance(Structure s) {
        double dx = s.position(1, 0) - s.position(0, 0);
        double dy = s.position(1, 1) - s.position(0, 1);
        double dz = s.position(1, 2) - s.position(0, 2);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    @Test
    void findsTheLennardJonesDimerMinimum() {
        BruteForceLennardJones lj = new BruteForceLennardJones(EPSILON, SIGMA, Double.POSITIVE_INFINITY);
        for (double start : new double[] {3.5, 4.5, 6.0}) {
            MinimizationResult result = new Fire().minimize(lj, dimer(start), 1e-6, 1000);
            assertTrue(result.converged(), "from r = " + start + " Å: " + result);
            // |F| < 1e-6 eV/Å with curvature 57.1 ε/σ² = 0.051 eV/Å² leaves |Δr| < 2e-5 Å
            assertEquals(Math.pow(2, 1.0 / 6) * SIGMA, distance(result.structure()), 1e-4, "from r = " + start + " Å");
            assertEquals(-EPSILON, result.energy(), 1e-10, "energy at the minimum (eV)");
            assertTrue(result.maxForce() < 1e-6);
        }
    }

    @Test
    void relaxesAPerturbedArgonCrystal() {
        BruteForceLennardJones lj = BruteForceLennardJones.argon(ArgonCrystal.CUTOFF);
        Structure perfect = ArgonCrystal.fcc108();
        double perfectEnergy = lj.evaluate(perfect, Set.of()).energy();
        Structure perturbed = ArgonCrystal.perturbed(perfect, 0.15, 3);
        double startEnergy = lj.evaluate(perturbed, Set.of()).energy();
        List<MinimizationRecord> records = new ArrayList<>();
        MinimizationResult result = new Fire().minimize(lj, perturbed, 1e-4, 2000, r -> {
            records.add(r);
            return ObserverAction.CONTINUE;
        });
        assertTrue(result.converged(), result.toString());
        assertTrue(result.maxForce() < 1e-4, "max atom force " + result.maxForce() + " eV/Å");
        assertTrue(result.energy() < startEnergy);
        // the perfect lattice is the minimum; residual forces < 1e-4 eV/Å leave about 6e-7 eV (measured)
        assertEquals(perfectEnergy, result.energy(), 5e-6, "relaxed energy vs. the perfect crystal (eV)");
        assertEquals(result.steps() + 1, records.size(), "one record per evaluation, the start included");
        assertEquals(0, records.get(0).step());
        assertEquals(startEnergy, records.get(0).energy(), 1e-12);
        MinimizationRecord last = records.get(records.size() - 1);
        assertEquals(result.steps(), last.step());
        assertEquals(result.maxForce(), last.maxForce(), 0.0);
        assertEquals(result.energy(), result.frame().labels().energy().getAsDouble(), 0.0);
        assertEquals(perturbed.cell(), result.structure().cell(), "the cell stays fixed");
    }

    @Test
    void firstStepsFollowAse() {
        // one atom in a well of stiffness 1 eV/Å², 1 Å from the centre: F = −1 eV/Å. ASE's FIRE moves it by
        // dt² F = −0.01 Å, then (F·v > 0, 0 ≤ Nmin) mixes v and moves by dt v with v = v + dt F
        Structure atom = Structure.of(List.of(Element.Ar), new double[] {1, 0, 0}, Cell.none());
        HarmonicWell well = new HarmonicWell(1.0, new double[3]);
        List<Double> positions = new ArrayList<>();
        new Fire().minimize(well, atom, 1e-9, 2, r -> {
            positions.add(Math.sqrt(2 * r.energy()));
            return ObserverAction.CONTINUE;
        });
        double x1 = 1 - 0.01;
        double v1 = -0.1;
        double v2 = 0.9 * v1 + 0.1 * Math.abs(v1) * -1 + 0.1 * -x1; // mixing with F/|F| = −1, then + dt F
        double x2 = x1 + 0.1 * v2;
        assertEquals(1.0, positions.get(0), 1e-12);
        assertEquals(x1, positions.get(1), 1e-12);
        assertEquals(x2, positions.get(2), 1e-12);
    }

    @Test
    void capsTheDisplacementAtMaxStep() {
        Structure atoms = Structure.of(List.of(Element.Ar, Element.Ar), new double[] {50, 0, 0, 0, 60, 0}, Cell.none());
        HarmonicWell well = new HarmonicWell(1.0, new double[6]);
        MinimizationResult one = new Fire().minimize(well, atoms, 1e-3, 1);
        double[] before = atoms.positions();
        double[] after = one.structure().positions();
        double moved2 = 0;
        for (int k = 0; k < 6; k++) {
            moved2 += (after[k] - before[k]) * (after[k] - before[k]);
        }
        assertEquals(0.2, Math.sqrt(moved2), 1e-12, "norm of the whole displacement (Å)");
        assertEquals(MinimizationResult.Outcome.MAX_STEPS, one.outcome());
        assertEquals(1, one.steps());
        assertFalse(one.converged());
        MinimizationResult small = new Fire(FireParameters.ase().withMaxStep(0.05)).minimize(well, atoms, 1e-3, 1);
        assertEquals(50 - 0.05 * 50 / Math.sqrt(50 * 50 + 60 * 60), small.structure().position(0, 0), 1e-12);
    }

    @Test
    void anObserverCanStop() {
        BruteForceLennardJones lj = new BruteForceLennardJones(EPSILON, SIGMA, Double.POSITIVE_INFINITY);
        MinimizationResult result = new Fire().minimize(lj, dimer(4.5), 1e-8, 1000,
                r -> r.step() == 3 ? ObserverAction.STOP : ObserverAction.CONTINUE);
        assertEquals(MinimizationResult.Outcome.STOPPED, result.outcome());
        assertEquals(3, result.steps());
    }

    @Test
    void aConvergedStartTakesNoStep() {
        BruteForceLennardJones lj = new BruteForceLennardJones(EPSILON, SIGMA, Double.POSITIVE_INFINITY);
        MinimizationResult result = new Fire().minimize(lj, dimer(20.0), 1e-3, 100);
        assertTrue(result.converged());
        assertEquals(0, result.steps());
    }

    @Test
    void aseDefaults() {
        assertEquals(new FireParameters(0.1, 1.0, 0.2, 5, 1.1, 0.5, 0.1, 0.99), FireParameters.ase());
    }

    @Test
    void rejectsBadArguments() {
        BruteForceLennardJones lj = new BruteForceLennardJones(EPSILON, SIGMA, Double.POSITIVE_INFINITY);
        Fire fire = new Fire();
        assertThrows(IllegalArgumentException.class, () -> fire.minimize(lj, dimer(4), 0.0, 10));
        assertThrows(IllegalArgumentException.class, () -> fire.minimize(lj, dimer(4), 0.01, -1));
        assertThrows(IllegalArgumentException.class, () -> new FireParameters(0.1, 1.0, 0.2, 5, 1.1, 1.5, 0.1, 0.99));
        assertThrows(IllegalArgumentException.class, () -> FireParameters.ase().withMaxStep(0));
    }
}
