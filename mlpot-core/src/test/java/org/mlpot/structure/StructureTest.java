package org.mlpot.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void wrappingMatchesAseOnPeriodicAxesOnly() {
        // ase: Atoms('Si2', positions, cell=cellpar_to_cell([3,4,5,70,80,100]), pbc=[T,T,F]).wrap()
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100).withPbc(true, true, false);
        Structure s = Structure.of(List.of(Element.Si, Element.Si), new double[] {-1.0, 7.5, 2.0, 3.1, -0.2, 9.9}, cell);
        double[] expected = {2.694592710667721, 3.5607689879511675, 2.0, 1.7108145786645572, 7.678462024097665, 9.9};
        assertArrayEquals(expected, s.wrapped().positions(), 1e-12);
        Structure molecule = s.withCell(Cell.none());
        assertEquals(molecule, molecule.wrapped());
    }

    @Test
    void wrappedFractionalCoordinatesLieInTheUnitInterval() {
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100);
        Structure s = Structure.of(List.of(Element.O), new double[] {-1e-17, -30.0, 44.0}, cell).wrapped();
        for (int k = 0; k < 3; k++) {
            double f = cell.fractional(k, s.position(0, 0), s.position(0, 1), s.position(0, 2));
            assertTrue(f >= -1e-12 && f < 1.0, "fractional " + f);
        }
    }

    @Test
    void supercellRepeatsAtomsInAsesOrder() {
        Structure si = Crystals.diamond(Element.Si, 5.431);
        Structure big = si.supercell(2, 1, 3);
        assertEquals(48, big.size());
        assertEquals(6 * si.cell().volume(), big.cell().volume(), 1e-9);
        // copy 1 is (a, b, c) = (0, 0, 1): shifted by the c vector
        for (int c = 0; c < 3; c++) {
            assertEquals(si.position(2, c) + si.cell().get(2, c), big.position(8 + 2, c), TOLERANCE);
        }
        assertEquals(Map.of(Element.Si, 48), big.composition());
    }

    @Test
    void strainMovesAtomsWithTheCell() {
        Structure si = Crystals.diamond(Element.Si, 5.431);
        double[][] strain = {{0.01, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        Structure strained = si.strained(strain);
        assertEquals(5.431 * 1.01, strained.cell().get(0, 0), TOLERANCE);
        assertEquals(si.position(4, 0) * 1.01, strained.position(4, 0), TOLERANCE);
        double fractionalBefore = si.cell().fractional(0, si.position(4, 0), si.position(4, 1), si.position(4, 2));
        double fractionalAfter = strained.cell().fractional(0, strained.position(4, 0), strained.position(4, 1),
                strained.position(4, 2));
        assertEquals(fractionalBefore, fractionalAfter, TOLERANCE);
    }

    @Test
    void massesFormulaAndImmutability() {
        Structure water = Structure.of(List.of(Element.O, Element.H, Element.H),
                new double[] {0, 0, 0, 0.96, 0, 0, -0.24, 0.93, 0}, Cell.none());
        assertEquals("OH2", water.formula());
        assertEquals(15.999, water.mass(0), 1e-3);
        double[] p = water.positions();
        p[0] = 100;
        assertEquals(0.0, water.position(0, 0));
        Structure heavy = Structure.of(new Element[] {Element.H}, new double[3], new double[] {2.014}, Cell.none());
        assertEquals(2.014, heavy.mass(0));
        Structure moved = water.translated(1, 2, 3);
        assertEquals(1.96, moved.position(1, 0), TOLERANCE);
    }

    @Test
    void refusesInconsistentInput() {
        assertThrows(IllegalArgumentException.class, () -> Structure.of(List.of(Element.H), new double[2], Cell.none()));
        assertThrows(IllegalArgumentException.class,
                () -> Structure.of(List.of(Element.H), new double[] {0, Double.NaN, 0}, Cell.none()));
        assertThrows(IllegalArgumentException.class,
                () -> Structure.of(new Element[] {Element.H}, new double[3], new double[] {-1}, Cell.none()));
        assertThrows(IllegalStateException.class,
                () -> Structure.of(List.of(Element.H), new double[3], Cell.none()).supercell(2, 2, 2));
    }

    @Test
    void elementTable() {
        assertEquals(14, Element.Si.atomicNumber());
        assertEquals(28.0855, Element.Si.mass(), 1e-3);
        assertEquals(Element.Cu, Element.of("Cu"));
        assertEquals(Element.Og, Element.ofAtomicNumber(118));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Element.of("SI"));
        assertTrue(e.getMessage().contains("did you mean 'Si'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Element.ofAtomicNumber(0));
    }
}
