package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SmallestKeysTest {

    @Test
    void keepsTheSmallestKeysInAscendingOrder() {
        SplittableRandom random = new SplittableRandom(1);
        double[] keys = new double[500];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(50); // many ties, broken by index
        }
        for (int capacity : new int[] {1, 7, 100, 500}) {
            SmallestKeys heap = new SmallestKeys(capacity);
            for (int i = 0; i < keys.length; i++) {
                heap.offer(i, keys[i]);
            }
            int[] expected = IntStream.range(0, keys.length).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> keys[i]).thenComparing(i -> i))
                    .limit(capacity).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, heap.drainAscending(), "capacity " + capacity);
        }
    }
}
