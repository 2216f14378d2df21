package org.mlpot.descriptor.soap;

/**
 * The exponentially scaled modified spherical Bessel functions of the first kind,
 * {@code ĩ_l(x) = e^(−x) i_l(x)} for {@code x ≥ 0}, which stay below 1 where {@code i_l} itself
 * overflows (x above about 700).
 *
 * <p>Method: the power series {@code i_l(x) = x^l/(2l+1)!! Σ_k (x²/2)^k / (k! (2l+3)(2l+5)…(2l+2k+1))}
 * (Abramowitz and Stegun 10.2.5 with 10.1.2), whose terms are all positive, summed with the factor
 * {@code e^(−x)} folded into the terms in logarithmic form so that nothing overflows or underflows;
 * for {@code x ≥ 1} only the two highest orders are summed and the rest follow from the recurrence
 * {@code i_(l−1) = i_(l+1) + (2l+1)/x i_l} (A&S 10.2.18), which is stable downwards. Relative
 * accuracy about 10⁻¹⁴ for x below 700 and 10⁻¹³ above (where {@code e^(−x)} itself underflows).
 */
final class ScaledSphericalBessel {
    private ScaledSphericalBessel() {
    }

    /**
     * {@code ĩ_l(x)} for {@code l = 0 … lMax}.
     *
     * @param x the argument, ≥ 0
     * @param out receives {@code lMax + 1} values, modified
     */
    static void evaluate(int lMax, double x, double[] out) {
        if (x == 0) {
            out[0] = 1;
            for (int l = 1; l <= lMax; l++) {
                out[l] = 0;
            }
            return;
        }
        if (x < 1 || lMax == 0) {
            for (int l = 0; l <= lMax; l++) {
                out[l] = series(l, x);
            }
            return;
        }
        out[lMax] = series(lMax, x);
        out[lMax - 1] = series(lMax - 1, x);
        for (int l = lMax - 1; l >= 1; l--) {
            out[l - 1] = out[l + 1] + (2 * l + 1) / x * out[l];
        }
    }

    /** {@code ĩ_l(x)} by its power series, for x > 0. */
    static double series(int l, double x) {
        double half = 0.5 * x * x;
        int k = 0;
        // first term e^(−x) x^l/(2l+1)!!, as a product where it does not underflow (exp of a large
        // argument loses ulp(x) of relative accuracy, the product does not)
        double term = x < 700 ? Math.exp(-x) : 0;
        for (int j = 1; j <= l && term > 0; j++) {
            term *= x / (2 * j + 1);
        }
        if (!(term > Double.MIN_NORMAL)) {
            // log of the first term, then skip terms too small to represent: they are negligible
            double logTerm = -x + l * Math.log(x);
            for (int j = 3; j <= 2 * l + 1; j += 2) {
                logTerm -= Math.log(j);
            }
            while (logTerm < -700) {
                double ratio = half / ((k + 1) * (2.0 * l + 2 * k + 3));
                if (ratio <= 1) {
                    return 0; // past the largest term and still negligible: the sum underflows
                }
                logTerm += Math.log(ratio);
                k++;
            }
            term = Math.exp(logTerm);
        }
        double sum = 0;
        while (true) {
            sum += term;
            double ratio = half / ((k + 1) * (2.0 * l + 2 * k + 3));
            term *= ratio;
            k++;
            if (ratio < 1 && term < 1e-17 * sum) {
                return sum;
            }
        }
    }
}
