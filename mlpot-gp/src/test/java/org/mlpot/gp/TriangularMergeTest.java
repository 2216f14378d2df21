package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Merging two triangular systems gives the normal equations and residual of the stacked least-squares problem. */
class TriangularMergeTest {

    @Test
    void mergedTriangleSolvesTheStackedProblem() {
        int m = 7;
        Random random = new Random(4);
        double[] t = triangle(random, m);
        double[] s = triangle(random, m);
        // the stacked problem [T; S] x ≈ [z; w], as dense matrices
        DMatrixRMaj a = new DMatrixRMaj(2 * m, m);
        DMatrixRMaj y = new DMatrixRMaj(2 * m, 1);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a.set(i, j, t[i * (m + 1) + j]);
                a.set(m + i, j, s[i * (m + 1) + j]);
            }
            y.set(i, 0, t[i * (m + 1) + m]);
            y.set(m + i, 0, s[i * (m + 1) + m]);
        }
        DMatrixRMaj normal = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(a, a, normal);
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        CommonOps_DDRM.solve(a, y, x); // least squares (QR)
        DMatrixRMaj fitted = new DMatrixRMaj(2 * m, 1);
        CommonOps_DDRM.mult(a, x, fitted);
        double residual = 0;
        for (int i = 0; i < 2 * m; i++) {
            double d = y.get(i, 0) - fitted.get(i, 0);
            residual += d * d;
        }

        double rotatedOut = TriangularMerge.merge(t, s, m);
        DMatrixRMaj r = new DMatrixRMaj(m, m);
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                r.set(i, j, t[i * (m + 1) + j]);
                if (j < i) {
                    assertEquals(0, r.get(i, j), 0, "upper-triangular");
                }
            }
            z[i] = t[i * (m + 1) + m];
        }
        DMatrixRMaj rtr = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(r, r, rtr);
        for (int i = 0; i < m * m; i++) {
            assertEquals(normal.data[i], rtr.data[i], 1e-12, "RᵀR = AᵀA at " + i);
        }
        ObservationFactors.backSubstitute(r, z);
        for (int i = 0; i < m; i++) {
            assertEquals(x.get(i, 0), z[i], 1e-10, "solution " + i);
        }
        assertEquals(residual, rotatedOut, 1e-12, "residual rotated out");
        for (int i = 0; i < m * (m + 1); i++) {
            if (i % (m + 1) != m) {
                assertEquals(0, s[i], 1e-14, "the merged-in triangle is used up");
            }
        }
    }

    /** A random upper-triangular M×M matrix with a right-hand-side column, row-major M×(M+1). */
    private static double[] triangle(Random random, int m) {
        double[] t = new double[m * (m + 1)];
        for (int i = 0; i < m; i++) {
            for (int j = i; j <= m; j++) {
                t[i * (m + 1) + j] = random.nextGaussian();
            }
        }
        return t;
    }
}
