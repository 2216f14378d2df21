package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What every {@link SparsePointSelector} promises; each implementation's test extends this. */
abstract class AbstractSparsePointSelectorContractTest {

    /** The selector under test. */
    abstract SparsePointSelector create();

    @Test
    void sameSeedGivesSameChoice() {
        double[][] rows = TestData.gaussian(500, 5, 1);
        SparsePointSelector selector = create();
        assertArrayEquals(selector.select(rows, 40, 7), selector.select(rows, 40, 7));
        assertArrayEquals(selector.select(rows, 40, 7), create().select(rows, 40, 7));
    }

    @Test
    void returnsTheCountOfDistinctIndicesInRange() {
        double[][] rows = TestData.gaussian(300, 4, 2);
        for (int count : new int[] {1, 2, 17, 150, 300}) {
            int[] chosen = create().select(rows, count, 3);
            assertEquals(count, chosen.length);
            assertEquals(count, Arrays.stream(chosen).distinct().count(), "repeated index");
            for (int index : chosen) {
                assertTrue(index >= 0 && index < rows.length, "index " + index + " out of range");
            }
        }
    }

    @Test
    void doesNotModifyTheRows() {
        double[][] rows = TestData.gaussian(200, 6, 4);
        double[][] copy = Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        create().select(rows, 20, 5);
        assertTrue(Arrays.deepEquals(copy, rows));
    }

    @Test
    void neverReturnsTheSameVectorTwice() {
        // 10 distinct vectors, each 30 times, in shuffled order; -0.0 and 0.0 are the same vector
        double[][] distinct = TestData.gaussian(10, 3, 6);
        distinct[0] = new double[] {0.0, 1.0, 0.0};
        SplittableRandom random = new SplittableRandom(8);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = distinct[i % 10].clone();
        }
        rows[5] = new double[] {-0.0, 1.0, -0.0};
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        for (long seed = 0; seed < 5; seed++) {
            int[] chosen = create().select(rows, 10, seed);
            Set<List<Double>> vectors = new HashSet<>();
            for (int index : chosen) {
                vectors.add(Arrays.stream(rows[index]).map(x -> x == 0 ? 0.0 : x).boxed().toList());
            }
            assertEquals(10, vectors.size(), "seed " + seed + " chose a vector twice: " + Arrays.toString(chosen));
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> create().select(rows, 11, 0));
        assertEquals("cannot choose 11 sparse points from 300 descriptor vectors (10 distinct, 290 repeated):"
                + " ask for at most 10 sparse points, or add training structures with more environments of"
                + " this element", refused.getMessage());
    }

    @Test
    void choosesEveryDistinctVectorWhenAskedForAll() {
        double[][] rows = TestData.gaussian(60, 2, 9);
        rows[59] = rows[3].clone();
        int[] chosen = create().select(rows, 59, 10);
        Arrays.sort(chosen);
        assertArrayEquals(java.util.stream.IntStream.range(0, 59).toArray(), chosen);
    }

    @Test
    void choosesTheOnlyRow() {
        assertArrayEquals(new int[] {0}, create().select(new double[][] {{1.5, -2.0}}, 1, 0));
        assertArrayEquals(new int[] {0}, create().select(new double[][] {{0.0}, {0.0}, {-0.0}}, 1, 0));
    }

    @Test
    void refusesACountBelowOne() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> create().select(TestData.gaussian(5, 2, 0), 0, 0));
        assertEquals("the number of sparse points must be at least 1, got 0", refused.getMessage());
    }

    @Test
    void refusesMorePointsThanRows() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> create().select(TestData.gaussian(5, 2, 0), 6, 0));
        assertEquals("cannot choose 6 sparse points from 5 descriptor vectors: ask for at most 5 sparse"
                + " points, or add training structures with more environments of this element", refused.getMessage());
    }

    @Test
    void refusesBadRows() {
        SparsePointSelector selector = create();
        assertEquals("cannot choose 1 sparse points from no descriptor vectors: the training data hold no atom"
                        + " of this element; add structures that contain it or drop it from the model",
                assertThrows(IllegalArgumentException.class, () -> selector.select(new double[0][], 1, 0)).getMessage());
        assertEquals("descriptor row 1 has 3 components but row 0 has 2: all rows must come from the same descriptor",
                assertThrows(IllegalArgumentException.class,
                        () -> selector.select(new double[][] {{1, 2}, {1, 2, 3}}, 1, 0)).getMessage());
        assertEquals("descriptor row 1, component 0 is NaN: descriptor vectors must be finite (check the structure"
                        + " of that atom)",
                assertThrows(IllegalArgumentException.class,
                        () -> selector.select(new double[][] {{1, 2}, {Double.NaN, 3}}, 1, 0)).getMessage());
        assertEquals("descriptor rows are empty: a descriptor needs at least one component",
                assertThrows(IllegalArgumentException.class,
                        () -> selector.select(new double[][] {{}, {}}, 1, 0)).getMessage());
        assertEquals("descriptor row 0 is null",
                assertThrows(IllegalArgumentException.class,
                        () -> selector.select(new double[][] {null}, 1, 0)).getMessage());
        assertThrows(NullPointerException.class, () -> selector.select(null, 1, 0));
    }

    /** The size of gap_fit on si-sw with SOAP: 30 000 environments of 300 components, 1 000 points. */
    @Test
    void handlesThirtyThousandSoapSizedRows() {
        double[][] rows = TestData.soapLike(30_000, 300, 11);
        int[] chosen = create().select(rows, 1000, 12);
        assertEquals(1000, Arrays.stream(chosen).distinct().count());
    }
}
