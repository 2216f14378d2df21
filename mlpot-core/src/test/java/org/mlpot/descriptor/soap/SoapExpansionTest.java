package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlpot.structure.Element;

/**
 * The expansion coefficients {@code c^a_nlm = ∫ g_n(r) Y_lm(r̂) ρ_a(r) d³r} against brute-force
 * numerical integration over the ball of radius rc, for a tiny two-species environment with a
 * central Gaussian and one neighbour inside the cutoff transition.
 */
class SoapExpansionTest {
    private static final double CUTOFF = 3.0;
    private static final double SIGMA = 0.5;
    private static final double WIDTH = 0.5;
    private static final double CENTRAL_WEIGHT = 0.8;
    private static final int N_MAX = 3;
    private static final int L_MAX = 2;
    /** Neighbours of an O centre (species 1): H, O, H; the last one at 2.56 Å, inside the transition. */
    private static final int[] SPECIES = {0, 1, 0};
    private static final double[] VECTORS = {0.9, 0.3, -0.5, -1.2, 1.4, 0.8, 1.6, -1.6, 1.2};

    @ParameterizedTest
    @EnumSource(SoapRadialBasis.class)
    void coefficientsMatchThreeDimensionalQuadrature(SoapRadialBasis kind) {
        SoapSettings settings = new SoapSettings(CUTOFF, WIDTH, SIGMA, N_MAX, L_MAX, kind, CENTRAL_WEIGHT,
                List.of(Element.H, Element.O), false);
        double[] analytic = new SoapDescriptor(settings).coefficients(1, SPECIES, VECTORS);
        double[] brute = bruteForce(new RadialBasis(kind, CUTOFF, N_MAX));
        double largest = 0;
        for (double c : brute) {
            largest = Math.max(largest, Math.abs(c));
        }
        for (int i = 0; i < brute.length; i++) {
            assertEquals(brute[i], analytic[i], 1e-7 * largest, kind + " coefficient " + i);
        }
    }

    /** ∫ g_n Y_lm ρ_a over the ball: Gauss–Legendre in r and cos θ, trapezoid in φ. */
    private static double[] bruteForce(RadialBasis basis) {
        int harmonicsSize = (L_MAX + 1) * (L_MAX + 1);
        double[] c = new double[2 * N_MAX * harmonicsSize];
        RadialQuadrature radial = RadialQuadrature.of(CUTOFF, 0.1, 12);
        int nTheta = 64;
        int nPhi = 128;
        double[] cosTheta = new double[nTheta];
        double[] thetaWeight = new double[nTheta];
        RadialQuadrature.gaussLegendre(nTheta, cosTheta, thetaWeight);
        RealSphericalHarmonics harmonics = new RealSphericalHarmonics(L_MAX);
        double[][] directions = new double[nTheta * nPhi][];
        double[][] y = new double[nTheta * nPhi][harmonicsSize];
        double[] angularWeight = new double[nTheta * nPhi];
        for (int a = 0; a < nTheta; a++) {
            double sin = Math.sqrt(1 - cosTheta[a] * cosTheta[a]);
            for (int b = 0; b < nPhi; b++) {
                double phi = 2 * Math.PI * b / nPhi;
                int i = a * nPhi + b;
                directions[i] = new double[] {sin * Math.cos(phi), sin * Math.sin(phi), cosTheta[a]};
                harmonics.evaluate(directions[i][0], directions[i][1], directions[i][2], y[i], null, 0);
                angularWeight[i] = thetaWeight[a] * 2 * Math.PI / nPhi;
            }
        }
        double[] weights = new double[SPECIES.length];
        for (int k = 0; k < SPECIES.length; k++) {
            double d = Math.sqrt(VECTORS[3 * k] * VECTORS[3 * k] + VECTORS[3 * k + 1] * VECTORS[3 * k + 1]
                    + VECTORS[3 * k + 2] * VECTORS[3 * k + 2]);
            weights[k] = d <= CUTOFF - WIDTH ? 1 : 0.5 * (Math.cos(Math.PI * (d - CUTOFF + WIDTH) / WIDTH) + 1);
        }
        double[] g = new double[N_MAX];
        double[] scratch = new double[N_MAX];
        double[] density = new double[2];
        for (int q = 0; q < radial.size(); q++) {
            double r = radial.node(q);
            basis.values(r, g, scratch);
            double radialWeight = radial.weight(q) * r * r;
            for (int i = 0; i < directions.length; i++) {
                double x = r * directions[i][0];
                double yy = r * directions[i][1];
                double z = r * directions[i][2];
                density[0] = 0;
                density[1] = CENTRAL_WEIGHT * Math.exp(-(x * x + yy * yy + z * z) / (2 * SIGMA * SIGMA));
                for (int k = 0; k < SPECIES.length; k++) {
                    double ex = x - VECTORS[3 * k];
                    double ey = yy - VECTORS[3 * k + 1];
                    double ez = z - VECTORS[3 * k + 2];
                    density[SPECIES[k]] += weights[k] * Math.exp(-(ex * ex + ey * ey + ez * ez) / (2 * SIGMA * SIGMA));
                }
                double w = radialWeight * angularWeight[i];
                for (int a = 0; a < 2; a++) {
                    for (int n = 0; n < N_MAX; n++) {
                        double factor = w * density[a] * g[n];
                        int base = (a * N_MAX + n) * harmonicsSize;
                        for (int lm = 0; lm < harmonicsSize; lm++) {
                            c[base + lm] += factor * y[i][lm];
                        }
                    }
                }
            }
        }
        return c;
    }
}
