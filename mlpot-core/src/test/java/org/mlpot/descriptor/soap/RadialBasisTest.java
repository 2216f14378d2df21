package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The radial bases are orthonormal with weight r² on [0, rc], checked with a quadrature of their own. */
class RadialBasisTest {

    @ParameterizedTest
    @CsvSource({"GTO, 5.0, 8, 1e-12", "GTO, 6.0, 12, 1e-11", "GTO, 3.0, 1, 1e-14", "POLYNOMIAL, 5.0, 8, 1e-10",
        "POLYNOMIAL, 4.0, 10, 1e-9", "POLYNOMIAL, 5.0, 1, 1e-14"})
    void isOrthonormal(SoapRadialBasis kind, double cutoff, int nMax, double tolerance) {
        RadialBasis basis = new RadialBasis(kind, cutoff, nMax);
        // a different rule from the one the basis was made with: 24 points on panels of 0.05 Å
        RadialQuadrature rule = RadialQuadrature.of(cutoff, 0.05, 24);
        double[] g = new double[nMax];
        double[] scratch = new double[nMax];
        double[] gram = new double[nMax * nMax];
        for (int i = 0; i < rule.size(); i++) {
            double r = rule.node(i);
            basis.values(r, g, scratch);
            for (int a = 0; a < nMax; a++) {
                for (int b = 0; b < nMax; b++) {
                    gram[a * nMax + b] += rule.weight(i) * r * r * g[a] * g[b];
                }
            }
        }
        for (int a = 0; a < nMax; a++) {
            for (int b = 0; b < nMax; b++) {
                assertEquals(a == b ? 1 : 0, gram[a * nMax + b], tolerance, kind + " overlap of g_" + a + " and g_" + b);
            }
        }
    }

    @Test
    void polynomialBasisVanishesAtTheCutoff() {
        RadialBasis basis = new RadialBasis(SoapRadialBasis.POLYNOMIAL, 4.0, 6);
        double[] g = new double[6];
        basis.values(4.0, g, new double[6]);
        for (double v : g) {
            assertEquals(0.0, v, 1e-12);
        }
    }

    @Test
    void refusesAPolynomialBasisTooIllConditionedForDoubles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RadialBasis(SoapRadialBasis.POLYNOMIAL, 5.0, 20));
        assertTrue(e.getMessage().contains("n_max = 20") && e.getMessage().contains("GTO"), e.getMessage());
    }
}
