package org.mlpot.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void lengthsAndAnglesGiveAsesOrientation() {
        // ase.geometry.cellpar_to_cell([3, 4, 5, 70, 80, 100]) with ASE 3.22.1
        double[] expected = {3.0, 0.0, 0.0, -0.6945927106677213, 3.9392310120488325, 0.0,
            0.8682408883346522, 1.8895760710369889, 4.547049596341376};
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100);
        assertArrayEquals(expected, cell.toRowMajor(), TOLERANCE);
        assertArrayEquals(new double[] {3, 4, 5}, cell.lengths(), TOLERANCE);
        assertArrayEquals(new double[] {70, 80, 100}, cell.angles(), 1e-10);
    }

    @Test
    void orthorhombicCellsHaveExactZeros() {
        Cell cell = Cell.fromLengthsAndAngles(2, 3, 4, 90, 90, 90);
        assertArrayEquals(new double[] {2, 0, 0, 0, 3, 0, 0, 0, 4}, cell.toRowMajor(), 0.0);
        assertEquals(24.0, cell.volume(), 0.0);
    }

    @Test
    void fractionalAndCartesianAreInverse() {
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100);
        double[] r = {1.3, -2.2, 7.1};
        double[] s = new double[3];
        for (int k = 0; k < 3; k++) {
            s[k] = cell.fractional(k, r[0], r[1], r[2]);
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(r[c], cell.cartesian(c, s[0], s[1], s[2]), TOLERANCE);
        }
        assertEquals(1.0, cell.fractional(1, cell.get(1, 0), cell.get(1, 1), cell.get(1, 2)), TOLERANCE);
    }

    @Test
    void heightIsTheDistanceBetweenFaces() {
        Cell cubic = Cell.fromLengthsAndAngles(5, 5, 5, 90, 90, 90);
        assertEquals(5.0, cubic.height(0), TOLERANCE);
        Cell skewed = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100);
        for (int k = 0; k < 3; k++) {
            assertTrue(skewed.height(k) < skewed.lengths()[k]);
        }
        // c is the only vector with a z component, so its faces are the planes z = 0 and z = cz
        assertEquals(skewed.get(2, 2), skewed.height(2), TOLERANCE);
        assertEquals(skewed.volume(), skewed.height(2) * 3 * 4 * Math.sin(Math.toRadians(100)), 1e-10);
    }

    @Test
    void strainDeformsEveryVectorAndRepeatScalesThem() {
        Cell cell = Cell.fromLengthsAndAngles(3, 4, 5, 70, 80, 100);
        double[][] strain = {{0.01, 0.002, 0}, {0.002, -0.01, 0.003}, {0, 0.003, 0.02}};
        Cell strained = cell.strained(strain);
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 3; c++) {
                double expected = cell.get(k, c);
                for (int d = 0; d < 3; d++) {
                    expected += strain[c][d] * cell.get(k, d);
                }
                assertEquals(expected, strained.get(k, c), TOLERANCE);
            }
        }
        Cell big = cell.repeated(2, 1, 3);
        assertEquals(6 * cell.volume(), big.volume(), 1e-9);
        assertArrayEquals(new double[] {6, 4, 15}, big.lengths(), TOLERANCE);
    }

    @Test
    void noCellAndPeriodicity() {
        assertFalse(Cell.none().hasVectors());
        assertFalse(Cell.none().anyPeriodic());
        assertEquals(0.0, Cell.none().volume());
        Cell slab = Cell.fromLengthsAndAngles(3, 3, 20, 90, 90, 120).withPbc(true, true, false);
        assertTrue(slab.anyPeriodic());
        assertFalse(slab.fullyPeriodic());
        assertArrayEquals(new boolean[] {true, true, false}, slab.pbc());
        assertEquals(Cell.none(), Cell.ofRowMajor(new double[9], new boolean[3]));
    }

    @Test
    void refusesImpossibleCells() {
        assertThrows(IllegalArgumentException.class,
                () -> Cell.periodic(new double[][] {{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Cell.ofRowMajor(new double[9], new boolean[] {true, false, false}));
        assertThrows(IllegalArgumentException.class, () -> Cell.fromLengthsAndAngles(1, 1, 1, 10, 10, 170));
        assertThrows(IllegalArgumentException.class, () -> Cell.fromLengthsAndAngles(-1, 1, 1, 90, 90, 90));
        assertThrows(IllegalArgumentException.class,
                () -> Cell.periodic(new double[][] {{Double.NaN, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
    }
}
