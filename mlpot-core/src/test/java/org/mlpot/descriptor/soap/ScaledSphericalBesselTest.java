package org.mlpot.descriptor.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** e^(−x) i_l(x) against closed forms, a sum rule and the series, over the range SOAP uses. */
class ScaledSphericalBesselTest {

    @Test
    void matchClosedFormsForLowOrders() {
        double[] out = new double[6];
        for (double x : new double[] {0.5, 0.999, 1.0, 2.5, 7, 30, 99, 350, 800, 2000}) {
            ScaledSphericalBessel.evaluate(5, x, out);
            double e = Math.exp(-2 * x);
            // i_0 = sinh x / x, i_1 = (x cosh x − sinh x)/x², i_2 = ((x² + 3) sinh x − 3x cosh x)/x³
            double sinh = 0.5 * (1 - e);
            double cosh = 0.5 * (1 + e);
            double i0 = sinh / x;
            double i1 = (x * cosh - sinh) / (x * x);
            double i2 = ((x * x + 3) * sinh - 3 * x * cosh) / (x * x * x);
            double tolerance = x < 700 ? 1e-13 : 5e-13; // beyond 700 the series starts from a logarithm
            assertEquals(i0, out[0], tolerance * i0, "l = 0, x = " + x);
            assertEquals(i1, out[1], Math.max(tolerance, 1e-12) * i1, "l = 1, x = " + x);
            assertEquals(i2, out[2], 1e-11 * i2, "l = 2, x = " + x);
        }
    }

    @Test
    void satisfyTheGeneratingFunctionSumRule() {
        // e^x = Σ_l (2l+1) i_l(x) (e^(x cos θ) at θ = 0), so Σ_l (2l+1) ĩ_l(x) = 1
        int lMax = 120;
        double[] out = new double[lMax + 1];
        for (double x : new double[] {1e-6, 0.1, 1, 5, 20, 45}) {
            ScaledSphericalBessel.evaluate(lMax, x, out);
            double sum = 0;
            for (int l = 0; l <= lMax; l++) {
                sum += (2 * l + 1) * out[l];
            }
            assertEquals(1.0, sum, 1e-13, "x = " + x);
        }
    }

    @Test
    void recurrenceAgreesWithTheSeriesAtEveryOrder() {
        int lMax = 12;
        double[] out = new double[lMax + 1];
        for (double x : new double[] {1.0, 3.3, 17, 64, 150, 600}) {
            ScaledSphericalBessel.evaluate(lMax, x, out);
            for (int l = 0; l <= lMax; l++) {
                double series = ScaledSphericalBessel.series(l, x);
                assertEquals(series, out[l], 1e-13 * series, "l = " + l + ", x = " + x);
            }
        }
    }

    @Test
    void isOneThenZeroAtTheOrigin() {
        double[] out = {9, 9, 9};
        ScaledSphericalBessel.evaluate(2, 0, out);
        assertEquals(1.0, out[0], 0.0);
        assertEquals(0.0, out[1], 0.0);
        assertEquals(0.0, out[2], 0.0);
    }
}
