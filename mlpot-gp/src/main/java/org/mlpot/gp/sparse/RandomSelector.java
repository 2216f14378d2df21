package org.mlpot.gp.sparse;

import java.util.SplittableRandom;

/**
 * Sparse points drawn uniformly at random without replacement among the distinct vectors: every
 * subset of {@code count} distinct vectors is equally likely, whatever the density of the data.
 *
 * <p>Partial Fisher–Yates shuffle driven by {@code new SplittableRandom(seed)}; O(N) time and
 * memory. The result is in the order drawn.
 */
public final class RandomSelector implements SparsePointSelector {

    /** Creates the selector (stateless). */
    public RandomSelector() {
    }

    @Override
    public int[] select(double[][] rows, int count, long seed) {
        DistinctRows input = DistinctRows.check(rows, count);
        int[] pool = input.indices.clone();
        SplittableRandom random = new SplittableRandom(seed);
        int[] chosen = new int[count];
        for (int m = 0; m < count; m++) {
            int pick = m + random.nextInt(pool.length - m);
            int index = pool[pick];
            pool[pick] = pool[m];
            pool[m] = index;
            chosen[m] = index;
        }
        return chosen;
    }
}
