package org.mlpot.gp.sparse;

import java.util.Arrays;
import java.util.Objects;

/**
 * Checked input of a selection: the rows, their length, and one index per distinct vector.
 *
 * <p>Equal vectors are found with an open-addressing hash table of row indices (O(N·D) time, O(N)
 * memory); {@code -0.0} and {@code 0.0} are the same component.
 */
final class DistinctRows {

    /** The rows as given; not copied, never modified. */
    final double[][] rows;
    /** Length D of every row. */
    final int dimension;
    /** Index of the first row of each distinct vector, ascending. */
    final int[] indices;

    private DistinctRows(double[][] rows, int dimension, int[] indices) {
        this.rows = rows;
        this.dimension = dimension;
        this.indices = indices;
    }

    /** Number of distinct vectors. */
    int size() {
        return indices.length;
    }

    /**
     * Checks the rows and the count and finds the distinct vectors.
     *
     * @param rows N rows of equal length D &ge; 1; not modified
     * @param count requested number of sparse points
     * @return the checked input
     * @throws IllegalArgumentException if the count is below 1 or above the number of distinct
     *     vectors, or a row is null, ragged, empty or holds a non-finite number
     */
    static DistinctRows check(double[][] rows, int count) {
        Objects.requireNonNull(rows, "rows is null");
        if (count < 1) {
            throw new IllegalArgumentException(
                    "the number of sparse points must be at least 1, got " + count);
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot choose " + count
                    + " sparse points from no descriptor vectors: the training data hold no atom of"
                    + " this element; add structures that contain it or drop it from the model");
        }
        int dimension = checkShape(rows);
        int[] distinct = distinctIndices(rows, dimension);
        if (count > distinct.length) {
            int duplicates = rows.length - distinct.length;
            throw new IllegalArgumentException("cannot choose " + count + " sparse points from "
                    + rows.length + " descriptor vectors" + (duplicates == 0 ? ""
                            : " (" + distinct.length + " distinct, " + duplicates + " repeated)")
                    + ": ask for at most " + distinct.length
                    + " sparse points, or add training structures with more environments of this element");
        }
        return new DistinctRows(rows, dimension, distinct);
    }

    private static int checkShape(double[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("descriptor row " + i + " is null");
            }
        }
        int dimension = rows[0].length;
        if (dimension == 0) {
            throw new IllegalArgumentException("descriptor rows are empty: a descriptor needs at least one component");
        }
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row.length != dimension) {
                throw new IllegalArgumentException("descriptor row " + i + " has " + row.length
                        + " components but row 0 has " + dimension + ": all rows must come from the same descriptor");
            }
            for (int a = 0; a < dimension; a++) {
                if (!Double.isFinite(row[a])) {
                    throw new IllegalArgumentException("descriptor row " + i + ", component " + a + " is "
                            + row[a] + ": descriptor vectors must be finite (check the structure of that atom)");
                }
            }
        }
        return dimension;
    }

    private static int[] distinctIndices(double[][] rows, int dimension) {
        int n = rows.length;
        int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        int mask = capacity - 1;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        int[] distinct = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            int slot = hash(row) & mask;
            boolean seen = false;
            while (table[slot] >= 0) {
                if (sameVector(rows[table[slot]], row, dimension)) {
                    seen = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (!seen) {
                table[slot] = i;
                distinct[size++] = i;
            }
        }
        return size == n ? distinct : Arrays.copyOf(distinct, size);
    }

    private static int hash(double[] row) {
        long h = 0x9E3779B97F4A7C15L;
        for (double value : row) {
            long bits = value == 0.0 ? 0L : Double.doubleToLongBits(value);
            h = (h ^ bits) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return (int) (h ^ (h >>> 32));
    }

    private static boolean sameVector(double[] a, double[] b, int dimension) {
        for (int k = 0; k < dimension; k++) {
            if (a[k] != b[k]) {
                return false;
            }
        }
        return true;
    }
}
