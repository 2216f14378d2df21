package org.mlpot.gp.sparse;

import java.util.SplittableRandom;

/**
 * Farthest-point sampling (Gonzalez's greedy max–min rule) with Euclidean distances on the rows as
 * given: the first point is a distinct vector drawn with {@code new SplittableRandom(seed)}, each
 * next one is the row farthest from all points chosen so far (ties go to the lower row index).
 *
 * <p>The chosen points cover the data: every row lies within r of a chosen point, where r is the
 * distance of the last choice, no two chosen points are closer than r, and r is at most twice the
 * best covering radius any {@code count} points can reach. The method ignores density, so it
 * favours outliers and the rim of the data. The result is in the order chosen, so any prefix is
 * itself a farthest-point selection.
 *
 * <p>Cost: at most N·count distance evaluations of length D (O(N·count·D) time) and O(N + count)
 * extra memory. Two exact shortcuts skip most of them: a row whose nearest chosen point c satisfies
 * |new − c| &ge; 2·|row − c| cannot get closer to the new point (triangle inequality), and a
 * distance sum stops as soon as it exceeds the row's current nearest distance.
 */
public final class FarthestPointSelector implements SparsePointSelector {

    /** Creates the selector (stateless). */
    public FarthestPointSelector() {
    }

    @Override
    public int[] select(double[][] rows, int count, long seed) {
        DistinctRows input = DistinctRows.check(rows, count);
        int[] candidates = input.indices;
        int n = candidates.length;
        // nearest[i]: squared distance of candidate i to its nearest chosen point; -1 once chosen
        double[] nearest = new double[n];
        // owner[i]: position in the result of that nearest chosen point
        int[] owner = new int[n];
        // toChosen[j]: distance (not squared) from the newest point to the j-th chosen point
        double[] toChosen = new double[count];
        int[] chosen = new int[count];

        int first = new SplittableRandom(seed).nextInt(n);
        chosen[0] = candidates[first];
        double[] centre = rows[chosen[0]];
        for (int i = 0; i < n; i++) {
            nearest[i] = squaredDistance(rows[candidates[i]], centre, Double.POSITIVE_INFINITY);
        }
        nearest[first] = -1;

        for (int m = 1; m < count; m++) {
            int next = argMax(nearest);
            chosen[m] = candidates[next];
            nearest[next] = -1;
            centre = rows[chosen[m]];
            for (int j = 0; j < m; j++) {
                toChosen[j] = Math.sqrt(squaredDistance(centre, rows[chosen[j]], Double.POSITIVE_INFINITY));
            }
            for (int i = 0; i < n; i++) {
                double current = nearest[i];
                if (current < 0) {
                    continue;
                }
                double gap = toChosen[owner[i]];
                if (gap * gap >= 4 * current) {
                    continue;
                }
                double d2 = squaredDistance(rows[candidates[i]], centre, current);
                if (d2 < current) {
                    nearest[i] = d2;
                    owner[i] = m;
                }
            }
        }
        return chosen;
    }

    private static int argMax(double[] values) {
        int best = 0;
        double max = values[0];
        for (int i = 1; i < values.length; i++) {
            if (values[i] > max) {
                max = values[i];
                best = i;
            }
        }
        return best;
    }

    /**
     * Squared Euclidean distance, or any partial sum of it that is already at least {@code bound}
     * (the full sum is then at least {@code bound} too: every term is non-negative).
     */
    static double squaredDistance(double[] x, double[] y, double bound) {
        int length = x.length;
        double sum = 0;
        int a = 0;
        for (; a + 8 <= length; a += 8) {
            double d0 = x[a] - y[a];
            double d1 = x[a + 1] - y[a + 1];
            double d2 = x[a + 2] - y[a + 2];
            double d3 = x[a + 3] - y[a + 3];
            double d4 = x[a + 4] - y[a + 4];
            double d5 = x[a + 5] - y[a + 5];
            double d6 = x[a + 6] - y[a + 6];
            double d7 = x[a + 7] - y[a + 7];
            sum += ((d0 * d0 + d1 * d1) + (d2 * d2 + d3 * d3)) + ((d4 * d4 + d5 * d5) + (d6 * d6 + d7 * d7));
            if (sum >= bound) {
                return sum;
            }
        }
        for (; a < length; a++) {
            double d = x[a] - y[a];
            sum += d * d;
        }
        return sum;
    }
}
