package org.mlpot.gp;

import org.ejml.data.DMatrixRMaj;

/**
 * A linear least-squares problem {@code min |A x − b|²} whose rows arrive in a stream, solved by an
 * updated QR factorisation as gap_fit does: only the upper-triangular factor of the augmented matrix
 * {@code [A b]} is kept, an (M+1)×(M+1) matrix {@code [[R, z], [0, ρ]]} with {@code RᵀR = AᵀA},
 * {@code z = Qᵀb} and ρ the residual norm. Each block of rows is rotated into it by Householder
 * reflections that use the triangle's shape: in column j only the triangle's diagonal entry and the
 * block's column are nonzero, so a block of b rows costs {@code 2b(M+1)²} flops (a general QR of the
 * stack would also redo the triangle, {@code (4/3)(M+1)³} more). The block is kept column by column,
 * so the reflections run over contiguous memory. Memory {@code O((M + block) M)} whatever the number
 * of rows. Not thread-safe.
 */
final class IncrementalQr {
    private final int columns;
    private final int blockRows;
    private final int width;
    private final double[] triangle; // width×width, row-major
    private double[] block; // column-major: column c of the buffered rows at [c·capacity, c·capacity + buffered)
    private int capacity;
    private int buffered;
    private long rows;

    /**
     * Starts from prior rows {@code [upper | 0]}: the stacked system begins as {@code upper x ≈ 0}.
     *
     * @param upper M×M upper-triangular; not modified
     * @param blockRows rows per update
     */
    IncrementalQr(DMatrixRMaj upper, int blockRows) {
        this.columns = upper.numCols;
        this.blockRows = blockRows;
        this.width = columns + 1;
        this.triangle = new double[width * width];
        for (int r = 0; r < columns; r++) {
            for (int c = r; c < columns; c++) {
                triangle[r * width + c] = upper.unsafe_get(r, c);
            }
        }
        this.capacity = Math.min(blockRows, 16);
        this.block = new double[capacity * width];
    }

    /**
     * Adds the row {@code row[offset .. offset+M)} with target y, both divided by σ.
     *
     * @param row not modified
     * @param sigma the row's noise, positive
     */
    void add(double[] row, int offset, double target, double sigma) {
        if (buffered == capacity) { // grows to blockRows rows, so that a part with few rows stays small
            grow(Math.min(blockRows, 2 * capacity));
        }
        double w = 1 / sigma;
        for (int c = 0; c < columns; c++) {
            block[c * capacity + buffered] = w * row[offset + c];
        }
        block[columns * capacity + buffered] = w * target;
        buffered++;
        rows++;
        if (buffered == blockRows) {
            flush();
        }
    }

    private void grow(int newCapacity) {
        double[] larger = new double[newCapacity * width];
        for (int c = 0; c < width; c++) {
            System.arraycopy(block, c * capacity, larger, c * newCapacity, buffered);
        }
        block = larger;
        capacity = newCapacity;
    }

    /** Rotates the buffered rows into the triangle; nothing happens when none is buffered. */
    void flush() {
        int b = buffered;
        if (b == 0) {
            return;
        }
        double[] v = new double[b];
        for (int j = 0; j < width; j++) {
            int column = j * capacity;
            double below = 0;
            for (int r = 0; r < b; r++) {
                double x = block[column + r];
                below += x * x;
            }
            if (below == 0) {
                continue; // nothing to rotate into this column
            }
            double x0 = triangle[j * width + j];
            double norm = Math.sqrt(x0 * x0 + below);
            double alpha = x0 > 0 ? -norm : norm;
            double v0 = x0 - alpha;
            System.arraycopy(block, column, v, 0, b);
            double scale = 2 / (v0 * v0 + below);
            triangle[j * width + j] = alpha;
            java.util.Arrays.fill(block, column, column + b, 0.0);
            for (int k = j + 1; k < width; k++) {
                int other = k * capacity;
                double dot = v0 * triangle[j * width + k];
                for (int r = 0; r < b; r++) {
                    dot += v[r] * block[other + r];
                }
                double f = scale * dot;
                triangle[j * width + k] -= f * v0;
                for (int r = 0; r < b; r++) {
                    block[other + r] -= f * v[r];
                }
            }
        }
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
            System.arraycopy(triangle, i * width + i, r.data, i * columns + i, columns - i);
        }
        return r;
    }

    /** {@code z = Qᵀb}, M values, after {@link #flush()}; a new array. */
    double[] rotatedTargets() {
        double[] z = new double[columns];
        for (int i = 0; i < columns; i++) {
            z[i] = triangle[i * width + columns];
        }
        return z;
    }

    /** The residual norm ρ of the whole stacked problem, after {@link #flush()}. */
    double residual() {
        return Math.abs(triangle[columns * width + columns]);
    }
}
