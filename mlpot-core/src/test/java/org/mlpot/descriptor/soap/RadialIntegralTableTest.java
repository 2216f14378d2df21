package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The tabulated radial integrals against direct quadrature at the benchmark settings (rc 5 Å,
 * σ 0.5 Å, n_max 8, l_max 6): the interpolation error stays below 10⁻⁸ of each channel's largest
 * value (its derivative below 10⁻⁶ of the largest derivative), and the quadrature's own d-derivative
 * matches finite differences.
 */
class RadialIntegralTableTest {
    private static final double CUTOFF = 5.0;
    private static final double SIGMA = 0.5;
    private static final int N_MAX = 8;
    private static final int L_MAX = 6;

    @ParameterizedTest
    @EnumSource(SoapRadialBasis.class)
    void interpolationMatchesDirectQuadrature(SoapRadialBasis kind) {
        RadialIntegralTable table = new RadialIntegralTable(new RadialBasis(kind, CUTOFF, N_MAX), SIGMA, L_MAX);
        int channels = table.channels();
        Random random = new Random(17);
        int samples = 300;
        double[][] direct = new double[samples][channels];
        double[][] directSlope = new double[samples][channels];
        double[][] interpolated = new double[samples][channels];
        double[][] interpolatedSlope = new double[samples][channels];
        double[] bessel = new double[L_MAX + 2];
        double[] largest = new double[channels];
        double[] largestSlope = new double[channels];
        for (int t = 0; t < samples; t++) {
            // off the grid: random points, plus both ends
            double d = t == 0 ? 0 : t == 1 ? CUTOFF : CUTOFF * random.nextDouble();
            table.direct(d, direct[t], directSlope[t], bessel);
            table.interpolate(d, interpolated[t], interpolatedSlope[t], 0);
            for (int c = 0; c < channels; c++) {
                largest[c] = Math.max(largest[c], Math.abs(direct[t][c]));
                largestSlope[c] = Math.max(largestSlope[c], Math.abs(directSlope[t][c]));
            }
        }
        double worst = 0;
        for (int t = 0; t < samples; t++) {
            for (int c = 0; c < channels; c++) {
                worst = Math.max(worst, Math.abs(interpolated[t][c] - direct[t][c]) / largest[c]);
                assertEquals(direct[t][c], interpolated[t][c], 1e-8 * largest[c], kind + " channel " + c);
                assertEquals(directSlope[t][c], interpolatedSlope[t][c], 1e-6 * largestSlope[c], kind + " slope " + c);
            }
        }
        assertTrue(worst > 0, "the comparison should see some interpolation error");
    }

    @Test
    void directDerivativeMatchesFiniteDifferences() {
        RadialIntegralTable table = new RadialIntegralTable(new RadialBasis(SoapRadialBasis.GTO, 3.0, 3), 0.4, 4);
        int channels = table.channels();
        double[] v = new double[channels];
        double[] slope = new double[channels];
        double[] plus = new double[channels];
        double[] minus = new double[channels];
        double[] ignored = new double[channels];
        double[] bessel = new double[6];
        double h = 1e-5;
        for (double d : new double[] {0.0, 0.3, 1.1, 2.2, 2.95}) {
            table.direct(d, v, slope, bessel);
            table.direct(d + h, plus, ignored, bessel);
            table.direct(Math.abs(d - h), minus, ignored, bessel);
            for (int c = 0; c < channels; c++) {
                int l = c % 5;
                // I_nl(−d) = (−1)^l I_nl(d): the odd-l channels are odd in d
                double below = d < h && l % 2 == 1 ? -minus[c] : minus[c];
                double expected = (plus[c] - below) / (2 * h);
                assertEquals(expected, slope[c], 1e-7 * Math.max(1, Math.abs(expected)), "d = " + d + ", channel " + c);
            }
        }
    }
}
