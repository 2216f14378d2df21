package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomSelectorTest extends AbstractSparsePointSelectorContractTest {

    @Override
    SparsePointSelector create() {
        return new RandomSelector();
    }

    @Test
    void everyRowIsEquallyLikely() {
        // 10 rows, 3 points, 3000 seeds: each row is expected 900 times; chi-squared with 9 degrees
        // of freedom stays below 27.9 with probability 0.999
        double[][] rows = TestData.gaussian(10, 2, 1);
        int[] hits = new int[rows.length];
        for (long seed = 0; seed < 3000; seed++) {
            for (int index : create().select(rows, 3, seed)) {
                hits[index]++;
            }
        }
        double chiSquared = 0;
        for (int h : hits) {
            chiSquared += (h - 900.0) * (h - 900.0) / 900.0;
        }
        assertTrue(chiSquared < 27.9, "chi-squared " + chiSquared + " for hits " + Arrays.toString(hits));
    }

    @Test
    void otherSeedGivesOtherChoice() {
        double[][] rows = TestData.gaussian(1000, 2, 2);
        assertFalse(Arrays.equals(create().select(rows, 20, 1), create().select(rows, 20, 2)));
    }
}
