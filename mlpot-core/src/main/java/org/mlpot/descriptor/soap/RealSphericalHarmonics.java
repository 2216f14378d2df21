package org.mlpot.descriptor.soap;

/**
 * Real solid harmonics {@code R_lm(v) = |v|^l Y_lm(v̂)} and their Cartesian gradients, for
 * {@code l = 0 … lMax}, by recursion in Cartesian coordinates (no angles, so nothing is singular at
 * the poles). At a unit vector {@code R_lm} is the real spherical harmonic {@code Y_lm}. Immutable.
 *
 * <p>Convention: orthonormal on the sphere, without the Condon–Shortley phase;
 * {@code Y_l0 = N_l0 P_l(cos θ)}, {@code Y_lm = √2 N_lm P_l^m(cos θ) cos(mφ)} and
 * {@code Y_l,−m = √2 N_lm P_l^m(cos θ) sin(mφ)} for {@code m > 0}, with
 * {@code N_lm = √((2l+1)/(4π) (l−m)!/(l+m)!)}; so {@code Y_1,−1, Y_10, Y_11 = √(3/4π) (y, z, x)/r}.
 * Index of {@code (l, m)}: {@code l² + l + m}.
 *
 * <p>Recursion: {@code (x + iy)^m = C_m + i S_m}, {@code C_m = x C_(m−1) − y S_(m−1)},
 * {@code S_m = x S_(m−1) + y C_(m−1)}; {@code r^l P_l^m(cos θ) (cos mφ, sin mφ) = Q_l^m (C_m, S_m)}
 * with the polynomials {@code Q_m^m = (2m−1)!!}, {@code Q_(m+1)^m = (2m+1) z Q_m^m},
 * {@code (l−m) Q_l^m = (2l−1) z Q_(l−1)^m − (l+m−1) r² Q_(l−2)^m} (the associated Legendre
 * recurrence). Gradients differentiate the same recursions exactly, with
 * {@code ∇C_m = m (C_(m−1), −S_(m−1), 0)} and {@code ∇S_m = m (S_(m−1), C_(m−1), 0)}.
 */
final class RealSphericalHarmonics {
    private final int lMax;
    private final double[] norm; // by (l, m ≥ 0): N_lm, times √2 for m > 0

    RealSphericalHarmonics(int lMax) {
        this.lMax = lMax;
        this.norm = new double[(lMax + 1) * (lMax + 1)];
        for (int l = 0; l <= lMax; l++) {
            for (int m = 0; m <= l; m++) {
                double ratio = 1; // (l−m)!/(l+m)!
                for (int k = l - m + 1; k <= l + m; k++) {
                    ratio /= k;
                }
                double n = Math.sqrt((2 * l + 1) / (4 * Math.PI) * ratio);
                norm[l * l + l + m] = m == 0 ? n : Math.sqrt(2) * n;
            }
        }
    }

    /** The largest l. */
    int lMax() {
        return lMax;
    }

    /** The number of (l, m) pairs, {@code (lMax+1)²}. */
    int size() {
        return (lMax + 1) * (lMax + 1);
    }

    /**
     * {@code R_lm(x, y, z)} and, when {@code gradients} is not null, {@code ∂R_lm/∂(x, y, z)}.
     *
     * @param values receives {@code (lMax+1)²} values at {@code offset + l² + l + m}, modified
     * @param gradients null, or receives three values per (l, m) at {@code 3 (offset + l² + l + m) + c}, modified
     */
    void evaluate(double x, double y, double z, double[] values, double[] gradients, int offset) {
        double s = x * x + y * y + z * z;
        double cPrevious = 0; // C_(m−1), S_(m−1)
        double sPrevious = 0;
        double cm = 1;
        double sm = 0;
        double qmm = 1; // (2m−1)!!
        for (int m = 0; m <= lMax; m++) {
            if (m > 0) {
                cPrevious = cm;
                sPrevious = sm;
                cm = x * cPrevious - y * sPrevious;
                sm = x * sPrevious + y * cPrevious;
                qmm *= 2 * m - 1;
            }
            // ∇C_m, ∇S_m (z components are zero)
            double cmx = m * cPrevious;
            double cmy = -m * sPrevious;
            double smx = m * sPrevious;
            double smy = m * cPrevious;
            // Q_(l−2), Q_(l−1) and partials with respect to z and s = r²
            double q2 = 0;
            double q2z = 0;
            double q2s = 0;
            double q1 = 0;
            double q1z = 0;
            double q1s = 0;
            for (int l = m; l <= lMax; l++) {
                double q;
                double qz;
                double qs;
                if (l == m) {
                    q = qmm;
                    qz = 0;
                    qs = 0;
                } else {
                    double a = 2 * l - 1;
                    double b = l + m - 1;
                    double inv = 1.0 / (l - m);
                    q = (a * z * q1 - b * s * q2) * inv;
                    qz = (a * (q1 + z * q1z) - b * s * q2z) * inv;
                    qs = (a * z * q1s - b * (q2 + s * q2s)) * inv;
                }
                q2 = q1;
                q2z = q1z;
                q2s = q1s;
                q1 = q;
                q1z = qz;
                q1s = qs;
                int centre = offset + l * l + l;
                double n = norm[l * l + l + m];
                values[centre + m] = n * q * cm;
                if (m > 0) {
                    values[centre - m] = n * q * sm;
                }
                if (gradients != null) {
                    double gx = 2 * x * qs;
                    double gy = 2 * y * qs;
                    double gz = qz + 2 * z * qs;
                    int i = 3 * (centre + m);
                    gradients[i] = n * (gx * cm + q * cmx);
                    gradients[i + 1] = n * (gy * cm + q * cmy);
                    gradients[i + 2] = n * gz * cm;
                    if (m > 0) {
                        int j = 3 * (centre - m);
                        gradients[j] = n * (gx * sm + q * smx);
                        gradients[j + 1] = n * (gy * sm + q * smy);
                        gradients[j + 2] = n * gz * sm;
                    }
                }
            }
        }
    }
}
