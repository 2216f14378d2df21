package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UniformSelectorTest extends AbstractSparsePointSelectorContractTest {

    @Override
    SparsePointSelector create() {
        return new UniformSelector();
    }

    @Test
    void coversAGaussianBlobBetterThanRandom() {
        // largest distance from any of 4 000 rows to its nearest of 40 chosen ones, mean over 5 seeds
        double[][] rows = TestData.gaussian(4000, 2, 21);
        double uniform = 0;
        double random = 0;
        for (long seed = 0; seed < 5; seed++) {
            uniform += TestData.coverageRadius(rows, create().select(rows, 40, seed)) / 5;
            random += TestData.coverageRadius(rows, new RandomSelector().select(rows, 40, seed)) / 5;
        }
        assertTrue(uniform < 0.6 * random, "covering radius " + uniform + " uniform, " + random + " random");
    }

    @Test
    void ignoresDensity() {
        // 2 000 rows in the unit square [0,1]x[0,1] beside 200 rows spread over [1,10]x[0,1]: the
        // dense square is a tenth of the area and should get about a tenth of the points, where a
        // random draw gives it about 2000/2200
        SplittableRandom random = new SplittableRandom(22);
        double[][] rows = new double[2200][];
        for (int i = 0; i < 2200; i++) {
            double x = i < 2000 ? random.nextDouble() : 1 + 9 * random.nextDouble();
            rows[i] = new double[] {x, random.nextDouble()};
        }
        for (long seed = 0; seed < 5; seed++) {
            double uniformShare = Arrays.stream(create().select(rows, 50, seed)).filter(i -> i < 2000).count() / 50.0;
            double randomShare = Arrays.stream(new RandomSelector().select(rows, 50, seed)).filter(i -> i < 2000).count() / 50.0;
            assertTrue(uniformShare < 0.3, "seed " + seed + ": dense square got " + uniformShare + " of the points");
            assertTrue(randomShare > 0.7, "seed " + seed + ": random draw gave the dense square " + randomShare);
        }
    }

    @Test
    void visitsEveryCubeBeforeRepeatingOne() {
        // rows in 4-D: 8 corners of a cube in the first three components, each with four tiny
        // offsets in the fourth; the grid spans three axes, so the four rows of a corner share a
        // cube. 20 points over 8 cubes: every corner gets 2 or 3
        double[][] rows = new double[32][];
        int i = 0;
        for (int corner = 0; corner < 8; corner++) {
            for (int offset = 0; offset < 4; offset++) {
                rows[i++] = new double[] {corner & 1, (corner >> 1) & 1, (corner >> 2) & 1, 1e-3 * offset};
            }
        }
        for (long seed = 0; seed < 5; seed++) {
            Map<Integer, Integer> perCorner = new HashMap<>();
            for (int index : create().select(rows, 20, seed)) {
                perCorner.merge(index / 4, 1, Integer::sum);
            }
            assertTrue(perCorner.size() == 8 && perCorner.values().stream().allMatch(n -> n == 2 || n == 3),
                    "seed " + seed + ": points per corner " + perCorner);
        }
    }
}
