package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CurSelectorTest extends AbstractSparsePointSelectorContractTest {

    @Override
    SparsePointSelector create() {
        return new CurSelector();
    }

    /**
     * Three clusters of 10, 200 and 2 000 rows along three orthogonal directions of a 6-dimensional
     * space (rank 3): each direction carries leverage 1 however many rows share it.
     */
    private static double[][] threeClusters(int[] cluster) {
        int[] sizes = {10, 200, 2000};
        double[][] directions = new double[3][6];
        for (int c = 0; c < 3; c++) {
            directions[c][2 * c] = 1;
            directions[c][2 * c + 1] = 0.5;
        }
        SplittableRandom random = new SplittableRandom(17);
        double[][] rows = new double[2210][];
        int i = 0;
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < sizes[c]; k++) {
                double length = 1 + random.nextDouble();
                rows[i] = new double[6];
                for (int a = 0; a < 6; a++) {
                    rows[i][a] = length * directions[c][a];
                }
                // a small tilt towards the next direction keeps rows distinct but the rank at 3
                double tilt = 0.05 * random.nextGaussian();
                for (int a = 0; a < 6; a++) {
                    rows[i][a] += tilt * directions[(c + 1) % 3][a];
                }
                cluster[i++] = c;
            }
        }
        return rows;
    }

    @Test
    void representsEveryDirectionOfALowRankMatrix() {
        int[] cluster = new int[2210];
        double[][] rows = threeClusters(cluster);
        int randomHitsSmallCluster = 0;
        for (long seed = 0; seed < 10; seed++) {
            int[] counts = new int[3];
            for (int index : create().select(rows, 30, seed)) {
                counts[cluster[index]]++;
            }
            assertTrue(counts[0] > 0 && counts[1] > 0 && counts[2] > 0,
                    "seed " + seed + ": rows per direction " + Arrays.toString(counts));
            for (int index : new RandomSelector().select(rows, 30, seed)) {
                if (cluster[index] == 0) {
                    randomHitsSmallCluster++;
                    break;
                }
            }
        }
        // uniform sampling reaches the 10-row cluster with probability 1 - (2200/2210)^30 = 0.13
        assertTrue(randomHitsSmallCluster <= 4, "random selection found the small cluster " + randomHitsSmallCluster + " times");
    }

    @Test
    void drawsInProportionToLeverage() {
        // 100 rows along x and one along y: the y row has leverage 1, the x rows share 1. Drawing 2
        // in proportion picks the y row with probability 1/2 + 1/2·(1/(2 - ℓ_x)) ≈ 0.75 (200 seeds:
        // 150 ± 6); the deterministic top-2 by leverage would always, uniform draws 2 % of the time
        double[][] rows = new double[101][];
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 100; i++) {
            rows[i] = new double[] {1 + random.nextDouble(), 0};
        }
        rows[100] = new double[] {0, 0.1};
        int hits = 0;
        for (long seed = 0; seed < 200; seed++) {
            if (Arrays.stream(create().select(rows, 2, seed)).anyMatch(i -> i == 100)) {
                hits++;
            }
        }
        assertTrue(hits >= 120 && hits <= 180, "the y row was chosen " + hits + " times in 200");
    }

    @Test
    void onePointComesFromTheLeadingDirection() {
        // with one point k = 1: only the leading singular direction (x) carries leverage
        double[][] rows = new double[101][];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            rows[i] = new double[] {1 + random.nextDouble(), 0};
        }
        rows[100] = new double[] {0, 3};
        for (long seed = 0; seed < 50; seed++) {
            int[] chosen = create().select(rows, 1, seed);
            assertEquals(1, chosen.length);
            assertTrue(chosen[0] != 100, "seed " + seed + " chose the row off the leading direction");
        }
    }
}
