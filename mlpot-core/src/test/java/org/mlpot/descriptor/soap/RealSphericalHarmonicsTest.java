package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Real solid harmonics against closed forms, their gradients against finite differences, orthonormality. */
class RealSphericalHarmonicsTest {
    private static final double TOLERANCE = 1e-13;

    /** r^l Y_lm for l ≤ 3 from the standard table (no Condon–Shortley phase), index l² + l + m. */
    private static double[] closedForms(double x, double y, double z) {
        double pi = Math.PI;
        double r2 = x * x + y * y + z * z;
        return new double[] {
            0.5 / Math.sqrt(pi),
            Math.sqrt(3 / (4 * pi)) * y, Math.sqrt(3 / (4 * pi)) * z, Math.sqrt(3 / (4 * pi)) * x,
            0.5 * Math.sqrt(15 / pi) * x * y,
            0.5 * Math.sqrt(15 / pi) * y * z,
            0.25 * Math.sqrt(5 / pi) * (3 * z * z - r2),
            0.5 * Math.sqrt(15 / pi) * x * z,
            0.25 * Math.sqrt(15 / pi) * (x * x - y * y),
            0.25 * Math.sqrt(35 / (2 * pi)) * (3 * x * x - y * y) * y,
            0.5 * Math.sqrt(105 / pi) * x * y * z,
            0.25 * Math.sqrt(21 / (2 * pi)) * y * (5 * z * z - r2),
            0.25 * Math.sqrt(7 / pi) * (5 * z * z * z - 3 * z * r2),
            0.25 * Math.sqrt(21 / (2 * pi)) * x * (5 * z * z - r2),
            0.25 * Math.sqrt(105 / pi) * (x * x - y * y) * z,
            0.25 * Math.sqrt(35 / (2 * pi)) * (x * x - 3 * y * y) * x,
        };
    }

    @Test
    void matchClosedFormsUpToL3() {
        RealSphericalHarmonics harmonics = new RealSphericalHarmonics(3);
        Random random = new Random(5);
        double[] values = new double[16];
        double[][] points = new double[40][];
        points[0] = new double[] {0, 0, 1};
        points[1] = new double[] {0, 0, -1};
        for (int t = 2; t < points.length; t++) {
            points[t] = new double[] {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2};
        }
        for (double[] p : points) {
            harmonics.evaluate(p[0], p[1], p[2], values, null, 0);
            double[] expected = closedForms(p[0], p[1], p[2]);
            for (int i = 0; i < 16; i++) {
                assertEquals(expected[i], values[i], TOLERANCE * 8, "index " + i);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesIncludingThePoles() {
        int lMax = 8;
        RealSphericalHarmonics harmonics = new RealSphericalHarmonics(lMax);
        int size = harmonics.size();
        double[] values = new double[size];
        double[] gradients = new double[3 * size];
        double[] plus = new double[size];
        double[] minus = new double[size];
        Random random = new Random(6);
        double h = 1e-5;
        for (int t = 0; t < 20; t++) {
            double[] p = t < 2 ? new double[] {0, 0, t == 0 ? 1 : -1}
                    : new double[] {2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1};
            harmonics.evaluate(p[0], p[1], p[2], values, gradients, 0);
            for (int c = 0; c < 3; c++) {
                double[] q = p.clone();
                q[c] += h;
                harmonics.evaluate(q[0], q[1], q[2], plus, null, 0);
                q[c] -= 2 * h;
                harmonics.evaluate(q[0], q[1], q[2], minus, null, 0);
                for (int i = 0; i < size; i++) {
                    double expected = (plus[i] - minus[i]) / (2 * h);
                    assertEquals(expected, gradients[3 * i + c], 1e-7 * Math.max(1, Math.abs(expected)),
                            "gradient of index " + i + " along " + "xyz".charAt(c) + " at point " + t);
                }
            }
        }
    }

    @Test
    void offsetWritesTheSameValuesFurtherOn() {
        RealSphericalHarmonics harmonics = new RealSphericalHarmonics(4);
        double[] plain = new double[25];
        double[] plainGradients = new double[75];
        double[] shifted = new double[50];
        double[] shiftedGradients = new double[150];
        harmonics.evaluate(0.3, -0.5, 0.8, plain, plainGradients, 0);
        harmonics.evaluate(0.3, -0.5, 0.8, shifted, shiftedGradients, 25);
        for (int i = 0; i < 25; i++) {
            assertEquals(plain[i], shifted[25 + i], 0.0);
            for (int c = 0; c < 3; c++) {
                assertEquals(plainGradients[3 * i + c], shiftedGradients[3 * (25 + i) + c], 0.0);
            }
        }
    }

    @Test
    void areOrthonormalOnTheSphere() {
        int lMax = 6;
        RealSphericalHarmonics harmonics = new RealSphericalHarmonics(lMax);
        int size = harmonics.size();
        int nTheta = 16;
        int nPhi = 32; // exact for the products of degree ≤ 12
        double[] x = new double[nTheta];
        double[] w = new double[nTheta];
        RadialQuadrature.gaussLegendre(nTheta, x, w);
        double[] gram = new double[size * size];
        double[] y = new double[size];
        for (int a = 0; a < nTheta; a++) {
            double sinTheta = Math.sqrt(1 - x[a] * x[a]);
            for (int b = 0; b < nPhi; b++) {
                double phi = 2 * Math.PI * b / nPhi;
                harmonics.evaluate(sinTheta * Math.cos(phi), sinTheta * Math.sin(phi), x[a], y, null, 0);
                double weight = w[a] * 2 * Math.PI / nPhi;
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        gram[i * size + j] += weight * y[i] * y[j];
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                assertEquals(i == j ? 1 : 0, gram[i * size + j], 1e-12, "overlap " + i + ", " + j);
            }
        }
    }
}
