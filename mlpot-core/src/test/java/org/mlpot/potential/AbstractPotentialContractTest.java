package org.mlpot.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The contract every {@link Potential} fulfils, after ASE's and NequIP's potential tests: forces and
 * stress are the exact derivatives of the energy (checked by central finite differences),
 * per-atom energies sum to the total, the energy is invariant under translation and under the
 * choice of periodic image, a supercell gives the same energy per atom, far-apart fragments add up,
 * the energy is continuous at the cutoff, batched evaluation equals single evaluation, and
 * concurrent use gives the same numbers. Implementations extend this class and supply the
 * potential and sample structures.
 */
public abstract class AbstractPotentialContractTest {
    private static final Set<Property> ALL = EnumSet.of(Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);

    /** The potential under test. */
    protected abstract Potential create();

    /**
     * A fully periodic structure with the potential's elements, slightly disordered so that forces
     * and stress are not zero by symmetry; at least two atoms.
     */
    protected abstract Structure periodicSample();

    /** A finite cluster without a cell; by default the periodic sample's atoms in vacuum. */
    protected Structure moleculeSample() {
        return periodicSample().withCell(Cell.none());
    }

    /** Finite-difference step for positions, Å. */
    protected double positionStep() {
        return 1e-4;
    }

    /** Allowed difference between analytic and finite-difference forces, eV/Å. */
    protected double forceTolerance() {
        return 1e-6;
    }

    /** Allowed difference between analytic and finite-difference stress, eV/Å³. */
    protected double stressTolerance() {
        return 1e-7;
    }

    /** Allowed difference for quantities that must agree up to rounding, eV. */
    protected double energyTolerance() {
        return 1e-9;
    }

    @Test
    void forcesAreMinusTheEnergyGradientInACell() {
        assertForcesMatchFiniteDifferences(periodicSample());
    }

    @Test
    void forcesAreMinusTheEnergyGradientInVacuum() {
        assertForcesMatchFiniteDifferences(moleculeSample());
    }

    @Test
    void stressIsTheStrainDerivativeOverVolume() {
        Potential potential = create();
        Structure s = periodicSample();
        Stress stress = potential.evaluate(s, ALL).stress();
        double volume = s.cell().volume();
        double h = 1e-5;
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                double[][] plus = new double[3][3];
                double[][] minus = new double[3][3];
                plus[a][b] += 0.5 * h;
                plus[b][a] += 0.5 * h;
                minus[a][b] -= 0.5 * h;
                minus[b][a] -= 0.5 * h;
                double ePlus = potential.evaluate(s.strained(plus), Set.of()).energy();
                double eMinus = potential.evaluate(s.strained(minus), Set.of()).energy();
                double expected = (ePlus - eMinus) / (2 * h) / volume;
                assertEquals(expected, stress.get(a, b), stressTolerance(), "stress " + "xyz".charAt(a) + "xyz".charAt(b));
            }
        }
    }

    @Test
    void atomEnergiesSumToTheTotal() {
        Result r = create().evaluate(periodicSample(), ALL);
        double sum = 0;
        for (double e : r.atomEnergies()) {
            sum += e;
        }
        assertEquals(r.energy(), sum, energyTolerance());
    }

    @Test
    void forcesSumToZero() {
        double[] f = create().evaluate(periodicSample(), ALL).forces();
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int i = c; i < f.length; i += 3) {
                sum += f[i];
            }
            assertEquals(0.0, sum, 1e-9, "net force along " + "xyz".charAt(c));
        }
    }

    @Test
    void invariantUnderTranslationAndPeriodicImages() {
        Potential potential = create();
        Structure s = periodicSample();
        Result reference = potential.evaluate(s, ALL);
        Structure moved = s.translated(0.37, -1.21, 2.93);
        assertSameResult(reference, potential.evaluate(moved, ALL));
        assertSameResult(reference, potential.evaluate(moved.wrapped(), ALL));
        double[] p = s.positions();
        for (int c = 0; c < 3; c++) {
            p[c] += 2 * s.cell().get(0, c) - s.cell().get(2, c); // atom 0 to another image
        }
        assertSameResult(reference, potential.evaluate(s.withPositions(p), ALL));
    }

    @Test
    void supercellHasTheSameEnergyPerAtomAndStress() {
        Potential potential = create();
        Structure s = periodicSample();
        Result small = potential.evaluate(s, ALL);
        Structure big = s.supercell(2, 1, 2);
        Result large = potential.evaluate(big, ALL);
        assertEquals(4 * small.energy(), large.energy(), 4 * energyTolerance() * s.size());
        for (int i = 0; i < big.size(); i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(small.forces()[3 * (i % s.size()) + c], large.forces()[3 * i + c], 1e-9);
            }
        }
        assertArrayEquals(small.stress().toVoigt(), large.stress().toVoigt(), 1e-10);
    }

    @Test
    void farApartFragmentsAddUp() {
        Potential potential = create();
        Structure a = moleculeSample();
        Structure b = a.translated(0.3, 0.2, 0.1);
        double separation = 10 * potential.cutoff() + 100;
        int n = a.size();
        double[] p = new double[6 * n];
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            species.add(a.species(i));
        }
        for (int i = 0; i < n; i++) {
            species.add(b.species(i));
        }
        System.arraycopy(a.positions(), 0, p, 0, 3 * n);
        double[] pb = b.positions();
        for (int i = 0; i < n; i++) {
            p[3 * (n + i)] = pb[3 * i] + separation;
            p[3 * (n + i) + 1] = pb[3 * i + 1];
            p[3 * (n + i) + 2] = pb[3 * i + 2];
        }
        Structure both = Structure.of(species, p, Cell.none());
        double expected = potential.evaluate(a, Set.of()).energy() + potential.evaluate(b, Set.of()).energy();
        assertEquals(expected, potential.evaluate(both, Set.of()).energy(), energyTolerance() * n);
    }

    @Test
    void energyAndForceAreContinuousAtTheCutoff() {
        Potential potential = create();
        Element e = potential.elements().stream().sorted().findFirst().orElseThrow();
        double rc = potential.cutoff();
        double delta = 1e-7;
        Result inside = potential.evaluate(dimer(e, rc - delta), EnumSet.of(Property.FORCES));
        Result outside = potential.evaluate(dimer(e, rc + delta), EnumSet.of(Property.FORCES));
        assertEquals(outside.energy(), inside.energy(), 1e-6, "energy jumps at the cutoff");
        for (int k = 0; k < 6; k++) {
            assertEquals(outside.forces()[k], inside.forces()[k], 1e-4, "force jumps at the cutoff");
        }
    }

    @Test
    void batchedEqualsSingle() {
        Potential potential = create();
        List<Structure> structures = List.of(periodicSample(), moleculeSample(), periodicSample().supercell(1, 2, 1));
        List<Result> batched = potential.evaluateAll(structures, EnumSet.of(Property.FORCES, Property.ATOM_ENERGIES));
        for (int i = 0; i < structures.size(); i++) {
            assertSameResult(potential.evaluate(structures.get(i), EnumSet.of(Property.FORCES, Property.ATOM_ENERGIES)),
                    batched.get(i));
        }
    }

    @Test
    void concurrentUseGivesTheSameNumbers() throws Exception {
        Potential potential = create();
        Structure s = periodicSample();
        Result reference = potential.evaluate(s, ALL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                futures.add(pool.submit(() -> potential.evaluate(s, ALL)));
            }
            for (Future<Result> f : futures) {
                Result r = f.get();
                assertEquals(reference.energy(), r.energy(), 0.0);
                assertArrayEquals(reference.forces(), r.forces(), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesStressWithoutPeriodicCell() {
        Potential potential = create();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> potential.evaluate(moleculeSample(), EnumSet.of(Property.STRESS)));
        assertTrue(e.getMessage().contains("stress"), e.getMessage());
    }

    private static Structure dimer(Element e, double r) {
        return Structure.of(List.of(e, e), new double[] {0, 0, 0, r * 0.6, r * 0.48, r * 0.64}, Cell.none());
    }

    private void assertForcesMatchFiniteDifferences(Structure s) {
        Potential potential = create();
        double[] forces = potential.evaluate(s, EnumSet.of(Property.FORCES)).forces();
        double h = positionStep();
        double[] p = s.positions();
        double largest = 0;
        for (int k = 0; k < p.length; k++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[k] += h;
            minus[k] -= h;
            double ePlus = potential.evaluate(s.withPositions(plus), Set.of()).energy();
            double eMinus = potential.evaluate(s.withPositions(minus), Set.of()).energy();
            double expected = -(ePlus - eMinus) / (2 * h);
            assertEquals(expected, forces[k], forceTolerance(), "force component " + k);
            largest = Math.max(largest, Math.abs(forces[k]));
        }
        assertTrue(largest > 1e-3, "the sample should have non-trivial forces, largest is " + largest);
    }

    private void assertSameResult(Result expected, Result actual) {
        assertEquals(expected.energy(), actual.energy(), energyTolerance() * Math.max(1, expected.forces().length));
        assertArrayEquals(expected.forces(), actual.forces(), 1e-9);
        if (expected.atomEnergies() != null) {
            assertArrayEquals(expected.atomEnergies(), actual.atomEnergies(), 1e-9);
        }
        if (expected.stress() != null) {
            assertArrayEquals(expected.stress().toVoigt(), actual.stress().toVoigt(), 1e-10);
        }
    }
}
