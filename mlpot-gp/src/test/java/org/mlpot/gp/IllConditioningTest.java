package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Why the fit uses QR of the stacked system rather than Cholesky of the normal equations: with
 * near-duplicate sparse points and accurate data the normal matrix {@code K_MM + K_MN Λ⁻¹ K_NM} has
 * the square of the stacked matrix's condition number. Against a 80-digit solution of the same
 * normal equations, the QR route keeps many more digits of α than Cholesky of the double-precision
 * normal matrix (which may not even factorise).
 */
class IllConditioningTest {
    private static final Element SI = Element.Si;

    @Test
    void qrOfTheStackedSystemBeatsCholeskyOfTheNormalEquations() {
        RadialToyDescriptor descriptor = new RadialToyDescriptor(SI, 4.0, 1);
        Kernel kernel = new SquaredExponentialKernel(0.3, 1.0);
        FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);
        double sigmaPerAtom = 1e-4;
        double jitter = 1e-10;
        List<Frame> frames = new ArrayList<>();
        double[] q = new double[12];
        double[] y = new double[12];
        for (int s = 0; s < 12; s++) {
            double r = 1.0 + 0.15 * s;
            Structure dimer = Structure.of(List.of(SI, SI), new double[] {0, 0, 0, r, 0, 0}, Cell.none());
            q[s] = calculator.compute(dimer, false).value(0, 0);
            y[s] = Math.sin(3 * q[s]) - 0.5;
            frames.add(Frame.of(dimer, Labels.of(y[s], null, null, null, null)));
        }
        List<double[]> points = new ArrayList<>();
        for (int s = 0; s < 12; s += 3) {
            points.add(new double[] {q[s]});
            points.add(new double[] {q[s] + 1e-4}); // a near-duplicate
        }
        int m = points.size();
        FitSettings settings = new FitSettings(new NoiseSpec(sigmaPerAtom, 0.1, 0.1, Map.of()), Map.of(SI, 0.0), jitter, 5, 1);
        double[] alphaQr = new SparseGaussianProcessFit(descriptor, kernel, SparsePoints.of(Map.of(SI, points)), settings)
                .fit("ill", frames).weights(SI);

        // the normal equations, in double and (from the same double entries) in 80 digits
        MathContext mc = new MathContext(80);
        BigDecimal[][] a = new BigDecimal[m][m + 1];
        DMatrixRMaj normal = new DMatrixRMaj(m, m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double kij = kernel.value(points.get(i), points.get(j)) + (i == j ? jitter : 0);
                a[i][j] = new BigDecimal(kernel.value(points.get(i), points.get(j))).add(new BigDecimal(i == j ? jitter : 0));
                normal.set(i, j, kij);
            }
            a[i][m] = BigDecimal.ZERO;
        }
        for (int s = 0; s < 12; s++) {
            double[] row = new double[m];
            for (int c = 0; c < m; c++) {
                double[] qs = {q[s]};
                row[c] += kernel.value(qs, points.get(c));
                row[c] += kernel.value(qs, points.get(c));
            }
            double sigma = Math.sqrt(2) * sigmaPerAtom; // a dimer: σ_E √N
            BigDecimal w = BigDecimal.ONE.divide(new BigDecimal(sigma).pow(2, mc), mc);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    a[i][j] = a[i][j].add(new BigDecimal(row[i]).multiply(new BigDecimal(row[j]), mc).multiply(w, mc), mc);
                    normal.add(i, j, row[i] * row[j] / (sigma * sigma));
                }
                a[i][m] = a[i][m].add(new BigDecimal(row[i]).multiply(new BigDecimal(y[s]), mc).multiply(w, mc), mc);
                rhs.add(i, 0, row[i] * y[s] / (sigma * sigma));
            }
        }
        double[] reference = solve(a, mc);
        double qrError = relativeError(alphaQr, reference);
        LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.chol(m);
        double choleskyError = Double.POSITIVE_INFINITY;
        if (cholesky.setA(normal)) {
            DMatrixRMaj x = new DMatrixRMaj(m, 1);
            cholesky.solve(rhs, x);
            choleskyError = relativeError(x.data, reference);
        }
        System.out.printf("ill-conditioned fit, relative error of alpha: QR %.2e, Cholesky of normal equations %.2e%n",
                qrError, choleskyError);
        assertTrue(qrError < 1e-6, "QR error " + qrError);
        assertTrue(choleskyError > 1e3 * qrError, "Cholesky error " + choleskyError + " against QR " + qrError);
    }

    private static double relativeError(double[] x, double[] reference) {
        double d = 0;
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            d += (x[i] - reference[i]) * (x[i] - reference[i]);
            r += reference[i] * reference[i];
        }
        return Math.sqrt(d / r);
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix [A | b]. */
    private static double[] solve(BigDecimal[][] a, MathContext mc) {
        int m = a.length;
        for (int k = 0; k < m; k++) {
            int pivot = k;
            for (int i = k + 1; i < m; i++) {
                if (a[i][k].abs().compareTo(a[pivot][k].abs()) > 0) {
                    pivot = i;
                }
            }
            BigDecimal[] t = a[k];
            a[k] = a[pivot];
            a[pivot] = t;
            for (int i = k + 1; i < m; i++) {
                BigDecimal f = a[i][k].divide(a[k][k], mc);
                for (int j = k; j <= m; j++) {
                    a[i][j] = a[i][j].subtract(f.multiply(a[k][j], mc), mc);
                }
            }
        }
        double[] x = new double[m];
        BigDecimal[] xs = new BigDecimal[m];
        for (int i = m - 1; i >= 0; i--) {
            BigDecimal sum = a[i][m];
            for (int j = i + 1; j < m; j++) {
                sum = sum.subtract(a[i][j].multiply(xs[j], mc), mc);
            }
            xs[i] = sum.divide(a[i][i], mc);
            x[i] = xs[i].doubleValue();
        }
        return x;
    }
}
