package org.mlpot.descriptor.acsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.descriptor.acsf.RadialGrid.Mode;
import org.mlpot.descriptor.acsf.RadialGrid.Point;

/** Expected values are those of n2p2's sfparamgen tests (tests/test_generate_radial_params.py), cutoff 6. */
class RadialGridTest {

    private static void assertGrid(double[] shifts, double[] etas, List<Point> grid, double tolerance) {
        assertEquals(shifts.length, grid.size());
        for (int i = 0; i < shifts.length; i++) {
            assertEquals(shifts[i], grid.get(i).shift(), tolerance, "shift " + i);
            assertEquals(etas[i], grid.get(i).eta(), tolerance, "eta " + i);
        }
    }

    @Test
    void imbalzanoCentred() {
        assertGrid(new double[4], new double[] {1.0 / 36, 0.0577801, 0.1201874, 1.0 / 4},
                RadialGrid.imbalzano(Mode.CENTERED, 4, 6.0), 1e-7);
    }

    @Test
    void imbalzanoShifted() {
        assertGrid(new double[] {1.5, 2.1213203, 3.0, 4.2426407}, new double[] {2.5904121, 1.2952060, 0.6476030, 0.3238015},
                RadialGrid.imbalzano(Mode.SHIFTED, 4, 6.0), 1e-7);
    }

    @Test
    void gasteggerCentredAndShifted() {
        assertGrid(new double[3], new double[] {1.0 / 2, 1.0 / 18, 1.0 / 50},
                RadialGrid.gastegger(Mode.CENTERED, 3, 6.0, 1.0, 5.0), 1e-15);
        assertGrid(new double[] {1, 3, 5}, new double[] {1.0 / 8, 1.0 / 8, 1.0 / 8},
                RadialGrid.gastegger(Mode.SHIFTED, 3, 6.0, 1.0, 5.0), 1e-15);
        assertGrid(new double[] {1, 3.5, 6}, new double[] {0.08, 0.08, 0.08},
                RadialGrid.gastegger(Mode.SHIFTED, 3, 6.0, 1.0, 6.0), 1e-15);
    }

    @Test
    void refusesImpossibleGrids() {
        assertThrows(IllegalArgumentException.class, () -> RadialGrid.imbalzano(Mode.CENTERED, 1, 6.0));
        assertThrows(IllegalArgumentException.class, () -> RadialGrid.gastegger(Mode.CENTERED, 2, 6.0, 0.0, 5.0));
        assertThrows(IllegalArgumentException.class, () -> RadialGrid.gastegger(Mode.SHIFTED, 2, 6.0, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> RadialGrid.gastegger(Mode.SHIFTED, 2, 6.0, 1.0, 7.0));
        assertThrows(IllegalArgumentException.class, () -> RadialGrid.gastegger(Mode.SHIFTED, 2, 6.0, -1.0, 5.0));
    }
}
