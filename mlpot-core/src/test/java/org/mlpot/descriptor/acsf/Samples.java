package org.mlpot.descriptor.acsf;

import java.util.List;
import java.util.Random;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Small random test structures. */
final class Samples {
    private Samples() {
    }

    /**
     * Atoms of the given elements at random in a small triclinic cell (edges 3.1, 3.4, 3.7 Å), no two
     * closer than 0.9 Å (periodic images included), from a seeded generator.
     */
    static Structure triclinic(List<Element> species, long seed) {
        return triclinic(species, seed, 3.1);
    }

    /** The same with edges {@code a}, {@code a + 0.3} and {@code a + 0.6} Å. */
    static Structure triclinic(List<Element> species, long seed, double a) {
        Random random = new Random(seed);
        Cell cell = Cell.fromLengthsAndAngles(a, a + 0.3, a + 0.6, 80, 95, 105);
        int n = species.size();
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            do {
                double sa = random.nextDouble();
                double sb = random.nextDouble();
                double sc = random.nextDouble();
                for (int c = 0; c < 3; c++) {
                    p[3 * i + c] = cell.cartesian(c, sa, sb, sc);
                }
            } while (tooClose(cell, p, i, 0.9));
        }
        return Structure.of(species, p, cell);
    }

    private static boolean tooClose(Cell cell, double[] p, int i, double minimum) {
        for (int j = 0; j <= i; j++) {
            for (int a = -1; a <= 1; a++) {
                for (int b = -1; b <= 1; b++) {
                    for (int c = -1; c <= 1; c++) {
                        if (j == i && a == 0 && b == 0 && c == 0) {
                            continue;
                        }
                        double d2 = 0;
                        for (int x = 0; x < 3; x++) {
                            double d = p[3 * j + x] + a * cell.get(0, x) + b * cell.get(1, x) + c * cell.get(2, x) - p[3 * i + x];
                            d2 += d * d;
                        }
                        if (d2 < minimum * minimum) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
