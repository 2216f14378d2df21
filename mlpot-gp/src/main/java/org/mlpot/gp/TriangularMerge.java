package org.mlpot.gp;

/**
 * The QR factorisation of two stacked upper-triangular systems {@code [T z; S w]} (M×M each, with a
 * right-hand side) into one {@code [T′ z′]}: Householder reflections that use the triangular shape,
 * about {@code (2/3)M³} flops instead of the {@code ~4M³} of a general QR of the 2M×M stack.
 * In column j only {@code T[j][j]} and the rows 0…j of S are nonzero, so each reflection touches
 * {@code j + 2} rows. What the reflections rotate out of the right-hand side is the part of the
 * residual that no weights can explain.
 */
final class TriangularMerge {
    private TriangularMerge() {
    }

    /**
     * Merges {@code s} into {@code t} in place.
     *
     * @param t M rows of M + 1 values, row-major: an upper-triangular M×M matrix and the right-hand
     *     side in the last column; overwritten with the merged factor
     * @param s the same shape; destroyed (its matrix part becomes zero)
     * @param m M
     * @return the squared residual rotated out: {@code |s's right-hand side|²} after the reflections
     */
    static double merge(double[] t, double[] s, int m) {
        int width = m + 1;
        double[] v = new double[m + 1];
        for (int j = 0; j < m; j++) {
            double x0 = t[j * width + j];
            double norm = x0 * x0;
            for (int r = 0; r <= j; r++) {
                double x = s[r * width + j];
                norm += x * x;
            }
            double below = norm - x0 * x0;
            if (below == 0) {
                continue; // nothing to rotate in
            }
            norm = Math.sqrt(norm);
            double alpha = x0 > 0 ? -norm : norm;
            v[0] = x0 - alpha;
            for (int r = 0; r <= j; r++) {
                v[r + 1] = s[r * width + j];
            }
            double vv = v[0] * v[0] + below;
            t[j * width + j] = alpha;
            for (int r = 0; r <= j; r++) {
                s[r * width + j] = 0;
            }
            for (int k = j + 1; k < width; k++) {
                double dot = v[0] * t[j * width + k];
                for (int r = 0; r <= j; r++) {
                    dot += v[r + 1] * s[r * width + k];
                }
                double factor = 2 * dot / vv;
                t[j * width + k] -= factor * v[0];
                for (int r = 0; r <= j; r++) {
                    s[r * width + k] -= factor * v[r + 1];
                }
            }
        }
        double residual = 0;
        for (int r = 0; r < m; r++) {
            double w = s[r * width + m];
            residual += w * w;
        }
        return residual;
    }
}
