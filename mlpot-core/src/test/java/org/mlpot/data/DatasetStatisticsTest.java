package org.mlpot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpot.potential.Property;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class DatasetStatisticsTest {
    /** Sums of a handful of exact numbers: only rounding of the last bit. */
    private static final double TOLERANCE = 1e-12;

    /**
     * Three frames: Si2 with energy −10 eV (−5 eV/atom) and forces; SiO with −6 eV (−3 eV/atom) and
     * forces; O alone with a stress and nothing else.
     */
    private static Dataset handMade() {
        Frame si2 = Frame.of(
                Structure.of(List.of(Element.Si, Element.Si), new double[] {0, 0, 0, 2.3, 0, 0}, Cell.none()),
                Labels.of(-10.0, new double[] {3, 4, 0, 0, 0, 0}));
        Frame sio = Frame.of(
                Structure.of(List.of(Element.Si, Element.O), new double[] {0, 0, 0, 1.6, 0, 0}, Cell.none()),
                Labels.of(-6.0, new double[] {1, 0, 0, 0, 0, -1}));
        Frame o = Frame.of(
                Structure.of(List.of(Element.O), new double[] {0, 0, 0}, Cell.periodic(new double[][] {{5, 0, 0}, {0, 5, 0}, {0, 0, 5}})),
                Labels.none().withStress(new Stress(0.1, 0.1, 0.1, 0, 0, 0)));
        return Dataset.of("hand.xyz", List.of(si2, sio, o));
    }

    @Test
    void countsFramesAtomsElementsAndLabels() {
        DatasetStatistics stats = DatasetStatistics.of(handMade());
        assertEquals("hand.xyz", stats.name());
        assertEquals(3, stats.frames());
        assertEquals(5, stats.atoms());
        assertEquals(Map.of(Element.O, 2L, Element.Si, 3L), stats.atomsPerElement());
        assertEquals(List.of(Element.O, Element.Si), List.copyOf(stats.atomsPerElement().keySet()), "ordered by atomic number");
        assertEquals(2, stats.framesWith(Property.ENERGY));
        assertEquals(2, stats.framesWith(Property.FORCES));
        assertEquals(1, stats.framesWith(Property.STRESS));
        assertEquals(0, stats.framesWith(Property.ATOM_ENERGIES));
        assertEquals(0, stats.framesWithFreeEnergy());
        assertThrows(IllegalArgumentException.class, () -> stats.framesWith(Property.UNCERTAINTY));
    }

    @Test
    void summarisesEnergyPerAtomOverFramesWithEnergy() {
        DatasetStatistics.Summary e = DatasetStatistics.of(handMade()).energyPerAtom().orElseThrow();
        assertEquals(2, e.count());
        assertEquals(-5.0, e.min(), TOLERANCE);
        assertEquals(-3.0, e.max(), TOLERANCE);
        assertEquals(-4.0, e.mean(), TOLERANCE);
        assertEquals(1.0, e.std(), TOLERANCE); // population standard deviation of {-5, -3}
    }

    @Test
    void summarisesForces() {
        DatasetStatistics stats = DatasetStatistics.of(handMade());
        assertEquals(4, stats.forceAtoms());
        // components 3, 4, 1, -1 and eight zeros: sqrt(27 / 12) = 1.5 eV/Å
        assertEquals(1.5, stats.forceComponentRms().getAsDouble(), TOLERANCE);
        assertEquals(5.0, stats.maxForce().getAsDouble(), TOLERANCE);
    }

    @Test
    void describesItselfAsATable() {
        assertEquals(String.join("\n",
                "data set hand.xyz: 3 frames, 5 atoms",
                "  element       atoms   share",
                "  O                 2   40.0%",
                "  Si                3   60.0%",
                "  label          frames",
                "  energy         2/3",
                "  forces         2/3",
                "  stress         1/3",
                "  atom energies  0/3",
                "  free energy    0/3",
                "  energy per atom (eV/atom, 2 frames): min -5.00000  max -3.00000  mean -4.00000  std 1.00000",
                "  forces (eV/Å, 4 atoms): component RMS 1.50000  max |F| 5.00000",
                ""), DatasetStatistics.of(handMade()).describe());
    }

    @Test
    void anEmptyDataSetHasNoSummaries() {
        DatasetStatistics stats = DatasetStatistics.of(Dataset.of("empty", List.of()));
        assertTrue(stats.energyPerAtom().isEmpty());
        assertTrue(stats.forceComponentRms().isEmpty());
        assertTrue(stats.maxForce().isEmpty());
        assertEquals(String.join("\n",
                "data set empty: 0 frames, 0 atoms",
                "  label          frames",
                "  energy         0/0",
                "  forces         0/0",
                "  stress         0/0",
                "  atom energies  0/0",
                "  free energy    0/0",
                "  energy per atom: no frame has an energy",
                "  forces: no frame has forces",
                ""), stats.toString());
    }

    @Test
    void nonFiniteValuesShowUp() {
        Frame bad = Frame.of(
                Structure.of(List.of(Element.H), new double[] {0, 0, 0}, Cell.none()),
                Labels.of(Double.NaN, new double[] {Double.NaN, 0, 0}));
        DatasetStatistics stats = DatasetStatistics.of(Dataset.of("bad", List.of(bad)));
        assertTrue(Double.isNaN(stats.energyPerAtom().orElseThrow().mean()));
        assertTrue(Double.isNaN(stats.maxForce().getAsDouble()));
        assertTrue(Double.isNaN(stats.forceComponentRms().getAsDouble()));
    }
}
