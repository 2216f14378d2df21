package org.mlpot.gp.sparse;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The right singular vectors and squared singular values of a set of rows (optionally centred),
 * from the D×D Gram matrix G = Σᵢ (xᵢ − c)(xᵢ − c)ᵀ and its SVD, so that memory stays O(D²) however
 * many rows there are.
 *
 * <p>Working on G squares the condition number: directions whose squared singular value is below
 * {@link #RELATIVE_RANK_TOLERANCE} times the largest are treated as absent (for singular values:
 * below 10⁻⁵ of the largest).
 */
final class PrincipalAxes {

    /** Smallest eigenvalue of G, relative to its largest, that counts towards the rank. */
    static final double RELATIVE_RANK_TOLERANCE = 1e-10;

    /** Axes as rows, D×D, ordered by decreasing eigenvalue; unit length. */
    final double[][] axes;
    /** Eigenvalues of G (squared singular values of the rows), decreasing, length D. */
    final double[] eigenvalues;
    /** Number of eigenvalues above the rank tolerance. */
    final int rank;

    private PrincipalAxes(double[][] axes, double[] eigenvalues) {
        this.axes = axes;
        this.eigenvalues = eigenvalues;
        int r = 0;
        double threshold = eigenvalues[0] * RELATIVE_RANK_TOLERANCE;
        while (r < eigenvalues.length && eigenvalues[r] > threshold && eigenvalues[r] > 0) {
            r++;
        }
        this.rank = r;
    }

    /**
     * Computes the axes of the chosen rows.
     *
     * @param rows all rows; not modified
     * @param indices the rows to use; not modified
     * @param centre subtracted from each row before use, length D, or null for none; not modified
     * @return the axes
     */
    static PrincipalAxes of(double[][] rows, int[] indices, double[] centre) {
        int dimension = rows[indices[0]].length;
        double[] gram = new double[dimension * dimension];
        double[] shifted = new double[dimension];
        for (int index : indices) {
            double[] row = rows[index];
            if (centre == null) {
                System.arraycopy(row, 0, shifted, 0, dimension);
            } else {
                for (int a = 0; a < dimension; a++) {
                    shifted[a] = row[a] - centre[a];
                }
            }
            addUpperOuterProduct(gram, shifted, dimension);
        }
        for (int a = 0; a < dimension; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * dimension + b] = gram[b * dimension + a];
            }
        }
        DMatrixRMaj matrix = DMatrixRMaj.wrap(dimension, dimension, gram);
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(dimension, dimension, false, true, false);
        if (!svd.decompose(matrix)) {
            throw new IllegalStateException("the SVD of the " + dimension + "x" + dimension
                    + " Gram matrix of the descriptor vectors did not converge");
        }
        double[] values = svd.getSingularValues().clone();
        DMatrixRMaj vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, values, values.length, vt, true);
        double[][] axes = new double[dimension][dimension];
        for (int t = 0; t < dimension; t++) {
            System.arraycopy(vt.data, t * dimension, axes[t], 0, dimension);
        }
        return new PrincipalAxes(axes, values);
    }

    /** Adds x xᵀ to the upper triangle of the row-major D×D matrix g. */
    private static void addUpperOuterProduct(double[] g, double[] x, int dimension) {
        for (int a = 0; a < dimension; a++) {
            double xa = x[a];
            if (xa == 0) {
                continue;
            }
            int offset = a * dimension;
            for (int b = a; b < dimension; b++) {
                g[offset + b] += xa * x[b];
            }
        }
    }
}
