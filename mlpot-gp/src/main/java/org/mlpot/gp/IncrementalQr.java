package org.mlpot.gp;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_DDRM;

/**
 * A linear least-squares problem {@code min |A x − b|²} whose rows arrive in a stream, solved by an
 * updated QR factorisation as gap_fit does: only the upper-triangular factor of the augmented matrix
 * {@code [A b]} is kept, an (M+1)×(M+1) matrix {@code [[R, z], [0, ρ]]} with {@code RᵀR = AᵀA},
 * {@code z = Qᵀb} and ρ the residual norm. Each block of rows is stacked under it and the stack is
 * QR-factorised again (Householder, EJML). Memory {@code O((M + block) M)} whatever the number of rows.
 * Not thread-safe.
 */
final class IncrementalQr {
    private final int columns;
    private final int blockRows;
    private final int width;
    private final DMatrixRMaj triangle;
    private double[] block;
    private final DMatrixRMaj stacked;
    private final QRDecompositionHouseholderColumn_DDRM qr = new QRDecompositionHouseholderColumn_DDRM();
    private int buffered;
    private long rows;

    /**
     * Starts from prior rows {@code [upper | 0]}: the stacked system begins as {@code upper x ≈ 0}.
     *
     * @param upper M×M upper-triangular; not modified
     * @param blockRows rows per QR update
     */
    IncrementalQr(DMatrixRMaj upper, int blockRows) {
        this.columns = upper.numCols;
        this.blockRows = blockRows;
        this.width = columns + 1;
        this.triangle = new DMatrixRMaj(width, width);
        for (int r = 0; r < columns; r++) {
            for (int c = r; c < columns; c++) {
                triangle.unsafe_set(r, c, upper.unsafe_get(r, c));
            }
        }
        this.block = new double[Math.min(blockRows, 16) * width];
        this.stacked = new DMatrixRMaj(width, width);
    }

    /**
     * Adds the row {@code row[offset .. offset+M)} with target y, both divided by σ.
     *
     * @param row not modified
     * @param sigma the row's noise, positive
     */
    void add(double[] row, int offset, double target, double sigma) {
        double w = 1 / sigma;
        int base = buffered * width;
        if (base + width > block.length) { // grows to blockRows rows, so that a part with few rows stays small
            block = java.util.Arrays.copyOf(block, Math.min(blockRows, 2 * (buffered + 1)) * width);
        }
        for (int c = 0; c < columns; c++) {
            block[base + c] = w * row[offset + c];
        }
        block[base + columns] = w * target;
        rows++;
        if (++buffered == blockRows) {
            flush();
        }
    }

    /** QR-factorises the triangle with the buffered rows; nothing happens when none is buffered. */
    void flush() {
        if (buffered == 0) {
            return;
        }
        stacked.reshape(width + buffered, width, false);
        System.arraycopy(triangle.data, 0, stacked.data, 0, width * width);
        System.arraycopy(block, 0, stacked.data, width * width, buffered * width);
        // false only flags a column that is zero from the diagonal down (a part whose rows have not yet
        // touched a sparse point): its reflection is skipped and R stays exact, with a zero on the diagonal
        qr.decompose(stacked);
        qr.getR(triangle, true);
        buffered = 0;
    }

    /** The number of observation rows added. */
    long rows() {
        return rows;
    }

    /** R, M×M upper-triangular, after {@link #flush()}; a new matrix. */
    DMatrixRMaj upper() {
        DMatrixRMaj r = new DMatrixRMaj(columns, columns);
        for (int i = 0; i < columns; i++) {
            System.arraycopy(triangle.data, i * width + i, r.data, i * columns + i, columns - i);
        }
        return r;
    }

    /** {@code z = Qᵀb}, M values, after {@link #flush()}; a new array. */
    double[] rotatedTargets() {
        double[] z = new double[columns];
        for (int i = 0; i < columns; i++) {
            z[i] = triangle.unsafe_get(i, columns);
        }
        return z;
    }

    /** The residual norm ρ of the whole stacked problem, after {@link #flush()}. */
    double residual() {
        return Math.abs(triangle.unsafe_get(columns, columns));
    }
}
