package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FarthestPointSelectorTest extends AbstractSparsePointSelectorContractTest {

    @Override
    SparsePointSelector create() {
        return new FarthestPointSelector();
    }

    @Test
    void picksIsolatedExtremesFirst() {
        // 101 points in [0, 1] plus two far away at -10 and +10
        double[][] rows = new double[103][];
        for (int i = 0; i <= 100; i++) {
            rows[i] = new double[] {i / 100.0};
        }
        rows[101] = new double[] {-10};
        rows[102] = new double[] {10};
        for (long seed = 0; seed < 20; seed++) {
            int[] firstThree = Arrays.copyOf(create().select(rows, 5, seed), 3);
            assertTrue(Arrays.stream(firstThree).anyMatch(i -> i == 101)
                    && Arrays.stream(firstThree).anyMatch(i -> i == 102),
                    "seed " + seed + ": " + Arrays.toString(firstThree));
        }
    }

    @Test
    void spreadsOverALine() {
        // 0, 1, ..., 100 on a line: the second choice is an end, and the greedy rule keeps every
        // pair of choices at least the final covering radius apart, which is at most twice the best (5)
        double[][] rows = new double[101][];
        for (int i = 0; i <= 100; i++) {
            rows[i] = new double[] {i};
        }
        for (long seed = 0; seed < 10; seed++) {
            int[] chosen = create().select(rows, 11, seed);
            assertTrue(chosen[1] == 0 || chosen[1] == 100, "second choice " + chosen[1]);
            double radius = TestData.coverageRadius(rows, chosen);
            assertTrue(radius <= 10, "covering radius " + radius);
            assertTrue(TestData.closestPair(rows, chosen) >= radius,
                    "closest pair " + TestData.closestPair(rows, chosen) + " below radius " + radius);
        }
    }

    @Test
    void shortcutsDoNotChangeTheChoice() {
        // clustered points where the triangle-inequality and early-exit shortcuts skip most work
        SplittableRandom random = new SplittableRandom(3);
        double[][] centres = TestData.gaussian(8, 12, 4);
        double[][] rows = new double[2000][12];
        for (double[] row : rows) {
            double[] centre = centres[random.nextInt(centres.length)];
            for (int a = 0; a < row.length; a++) {
                row[a] = 10 * centre[a] + random.nextGaussian();
            }
        }
        for (long seed = 0; seed < 3; seed++) {
            assertArrayEquals(bruteForce(rows, 150, seed), create().select(rows, 150, seed));
        }
    }

    @Test
    void prefixIsTheSmallerSelection() {
        double[][] rows = TestData.gaussian(400, 3, 5);
        int[] long_ = create().select(rows, 60, 9);
        assertArrayEquals(create().select(rows, 25, 9), Arrays.copyOf(long_, 25));
    }

    /** Farthest-point sampling without shortcuts, on rows that are all distinct. */
    private static int[] bruteForce(double[][] rows, int count, long seed) {
        double[] nearest = new double[rows.length];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] chosen = new int[count];
        chosen[0] = new SplittableRandom(seed).nextInt(rows.length);
        for (int m = 0; m < count; m++) {
            if (m > 0) {
                int best = 0;
                for (int i = 1; i < rows.length; i++) {
                    if (nearest[i] > nearest[best]) {
                        best = i;
                    }
                }
                chosen[m] = best;
            }
            for (int i = 0; i < rows.length; i++) {
                double d = TestData.distance(rows[i], rows[chosen[m]]);
                nearest[i] = Math.min(nearest[i], d * d);
            }
            nearest[chosen[m]] = -1;
        }
        assertEquals(count, Arrays.stream(chosen).distinct().count());
        return chosen;
    }
}
