package org.mlpot.gp.sparse;

import java.util.Objects;
import org.mlpot.spec.SparseSpec;

/**
 * Chooses sparse points: a few rows of the descriptor matrix of one element that represent all of
 * them.
 *
 * <p>Every implementation works on distinct vectors: rows that are equal component by component
 * (with {@code -0.0 == 0.0}) count once, and the row with the lowest index stands for them, so no
 * two returned rows hold the same vector. It refuses a count below 1 or above the number of
 * distinct vectors. The same rows, count and seed give the same answer on every run.
 */
public interface SparsePointSelector {

    /**
     * Chooses {@code count} rows.
     *
     * @param rows the descriptor vectors of one element, N rows of equal length D &ge; 1, finite;
     *     not modified
     * @param count how many sparse points, 1 &le; count &le; number of distinct rows
     * @param seed seed of every random choice the method makes
     * @return {@code count} distinct indices into {@code rows}, of pairwise different vectors, in
     *     the order the method chose them (see each implementation)
     * @throws IllegalArgumentException if the count is out of range, or rows are ragged, empty or
     *     hold a non-finite number; the message says what to change
     */
    int[] select(double[][] rows, int count, long seed);

    /**
     * The selector for a selection method of a spec.
     *
     * @param selection the method
     * @return a selector (stateless, safe to share between threads)
     */
    static SparsePointSelector of(SparseSpec.Selection selection) {
        Objects.requireNonNull(selection, "selection is null");
        return switch (selection) {
            case CUR -> new CurSelector();
            case FARTHEST_POINT -> new FarthestPointSelector();
            case UNIFORM -> new UniformSelector();
            case RANDOM -> new RandomSelector();
        };
    }
}
