package org.mlpot.gp.sparse;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sparse points spread uniformly over the region of descriptor space the data occupy, whatever
 * their density there: a histogram over the leading principal components in which every occupied
 * bin counts the same.
 *
 * <ol>
 *   <li>Centre the distinct vectors on their mean and project them on the p = min(3, rank) leading
 *       principal axes (SVD of the D×D covariance matrix, formed row by row).
 *   <li>Cover the projections with a grid of cubes of equal edge h (the same in every axis, so a
 *       thin direction gets few cubes): h starts at the largest extent and shrinks by 3/4 until at
 *       least {@code count} cubes are occupied (or a cube is 2⁻²⁰ of the largest extent).
 *   <li>Draw occupied cubes uniformly at random without replacement
 *       ({@code new SplittableRandom(seed)}) and take from each the row nearest its centre. If there
 *       are fewer occupied cubes than points, draw rounds: each round visits the cubes in a fresh
 *       random order and takes the nearest row not yet taken.
 * </ol>
 *
 * <p>Why this is uniform in descriptor space: each occupied cube, all of the same volume, is
 * equally likely to supply a point whether it holds one row or thousands, so the points are
 * distributed like the uniform distribution over the occupied part of the principal subspace (at
 * the grid's resolution), while {@link RandomSelector} follows the data density and
 * {@link FarthestPointSelector} favours the rim. Three axes at most because a grid needs several
 * rows per cube to tell dense from sparse; in more dimensions nearly every occupied cube holds one
 * row and the draw degenerates into a random one. Components beyond the third axis do not steer the
 * choice. The result is in the order drawn.
 *
 * <p>Cost: O(N·D²) time for the covariance and O(N·p) per grid refinement; O(D² + N) extra memory.
 */
public final class UniformSelector implements SparsePointSelector {

    /** Most principal axes the grid spans. */
    static final int MAX_AXES = 3;
    /** Factor by which the cube edge shrinks per refinement. */
    private static final double SHRINK = 0.75;
    /** Most cubes along the largest extent (21 bits per packed cube coordinate). */
    private static final double MAX_CUBES_PER_AXIS = 1 << 20;

    /** Creates the selector (stateless). */
    public UniformSelector() {
    }

    @Override
    public int[] select(double[][] rows, int count, long seed) {
        DistinctRows input = DistinctRows.check(rows, count);
        int[] candidates = input.indices;
        int n = candidates.length;
        int dimension = input.dimension;
        double[] mean = new double[dimension];
        for (int index : candidates) {
            double[] row = rows[index];
            for (int a = 0; a < dimension; a++) {
                mean[a] += row[a];
            }
        }
        for (int a = 0; a < dimension; a++) {
            mean[a] /= n;
        }
        PrincipalAxes axes = PrincipalAxes.of(rows, candidates, mean);
        int p = Math.min(MAX_AXES, axes.rank);
        if (p == 0) {
            // all distinct vectors equal their mean: there is one, and count is 1
            return new int[] {candidates[0]};
        }
        double[] coordinates = project(rows, candidates, mean, axes, p);
        Grid grid = Grid.fit(coordinates, n, p, count);
        return draw(grid, coordinates, candidates, count, new SplittableRandom(seed));
    }

    private static double[] project(double[][] rows, int[] candidates, double[] mean, PrincipalAxes axes, int p) {
        int dimension = mean.length;
        double[] coordinates = new double[candidates.length * p];
        for (int i = 0; i < candidates.length; i++) {
            double[] row = rows[candidates[i]];
            for (int t = 0; t < p; t++) {
                double[] axis = axes.axes[t];
                double sum = 0;
                for (int a = 0; a < dimension; a++) {
                    sum += (row[a] - mean[a]) * axis[a];
                }
                coordinates[i * p + t] = sum;
            }
        }
        return coordinates;
    }

    private static int[] draw(Grid grid, double[] coordinates, int[] candidates, int count, SplittableRandom random) {
        int cells = grid.cells;
        int p = grid.axes;
        // members of each cube, grouped by counting sort
        int[] start = new int[cells + 1];
        for (int i = 0; i < candidates.length; i++) {
            start[grid.cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[candidates.length];
        int[] fill = Arrays.copyOf(start, cells);
        for (int i = 0; i < candidates.length; i++) {
            members[fill[grid.cellOf[i]]++] = i;
        }
        int[] left = new int[cells];
        for (int c = 0; c < cells; c++) {
            left[c] = start[c + 1] - start[c];
        }
        boolean[] taken = new boolean[candidates.length];
        int[] order = new int[cells];
        double[] centre = new double[p];
        int[] chosen = new int[count];
        int size = 0;
        while (size < count) {
            for (int c = 0; c < cells; c++) {
                order[c] = c;
            }
            for (int j = 0; j < cells && size < count; j++) {
                int pick = j + random.nextInt(cells - j);
                int cell = order[pick];
                order[pick] = order[j];
                order[j] = cell;
                if (left[cell] == 0) {
                    continue;
                }
                grid.centre(cell, centre);
                int best = -1;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int m = start[cell]; m < start[cell + 1]; m++) {
                    int i = members[m];
                    if (taken[i]) {
                        continue;
                    }
                    double d2 = 0;
                    for (int t = 0; t < p; t++) {
                        double d = coordinates[i * p + t] - centre[t];
                        d2 += d * d;
                    }
                    if (d2 < bestDistance) {
                        bestDistance = d2;
                        best = i;
                    }
                }
                taken[best] = true;
                left[cell]--;
                chosen[size++] = candidates[best];
            }
        }
        return chosen;
    }

    /** Cubes of edge {@code edge} over the projected rows; cell ids are 0..cells−1. */
    private static final class Grid {
        final int axes;
        final double[] lower;
        final double edge;
        final int cells;
        /** Cube id of each row. */
        final int[] cellOf;
        /** Packed integer coordinates of each cube, 21 bits per axis. */
        final long[] keys;

        private Grid(int axes, double[] lower, double edge, int cells, int[] cellOf, long[] keys) {
            this.axes = axes;
            this.lower = lower;
            this.edge = edge;
            this.cells = cells;
            this.cellOf = cellOf;
            this.keys = keys;
        }

        /** The coarsest grid in the shrinking sequence with at least {@code count} occupied cubes. */
        static Grid fit(double[] coordinates, int n, int p, int count) {
            double[] lower = new double[p];
            double[] upper = new double[p];
            Arrays.fill(lower, Double.POSITIVE_INFINITY);
            Arrays.fill(upper, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < p; t++) {
                    double z = coordinates[i * p + t];
                    lower[t] = Math.min(lower[t], z);
                    upper[t] = Math.max(upper[t], z);
                }
            }
            double extent = 0;
            for (int t = 0; t < p; t++) {
                extent = Math.max(extent, upper[t] - lower[t]);
            }
            int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
            long[] slotKeys = new long[capacity];
            int[] slotIds = new int[capacity];
            long[] keys = new long[n];
            int[] cellOf = new int[n];
            double edge = extent;
            int cells = assign(coordinates, n, p, lower, edge, slotKeys, slotIds, keys, cellOf);
            while (cells < count && extent / edge < MAX_CUBES_PER_AXIS) {
                edge *= SHRINK;
                cells = assign(coordinates, n, p, lower, edge, slotKeys, slotIds, keys, cellOf);
            }
            return new Grid(p, lower, edge, cells, cellOf, Arrays.copyOf(keys, cells));
        }

        /** Assigns each row to its cube; returns the number of occupied cubes. */
        private static int assign(double[] coordinates, int n, int p, double[] lower, double edge,
                long[] slotKeys, int[] slotIds, long[] keys, int[] cellOf) {
            Arrays.fill(slotIds, -1);
            int mask = slotIds.length - 1;
            int cells = 0;
            for (int i = 0; i < n; i++) {
                long key = 0;
                for (int t = 0; t < p; t++) {
                    long cube = (long) ((coordinates[i * p + t] - lower[t]) / edge);
                    key = (key << 21) | cube;
                }
                int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
                while (slotIds[slot] >= 0 && slotKeys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (slotIds[slot] < 0) {
                    slotIds[slot] = cells;
                    slotKeys[slot] = key;
                    keys[cells++] = key;
                }
                cellOf[i] = slotIds[slot];
            }
            return cells;
        }

        /** Writes the centre of a cube into {@code centre} (length axes). */
        void centre(int cell, double[] centre) {
            long key = keys[cell];
            for (int t = axes - 1; t >= 0; t--) {
                long cube = key & ((1L << 21) - 1);
                key >>>= 21;
                centre[t] = lower[t] + (cube + 0.5) * edge;
            }
        }
    }
}
