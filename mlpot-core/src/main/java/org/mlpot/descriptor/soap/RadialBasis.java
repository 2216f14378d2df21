package org.mlpot.descriptor.soap;

import java.util.Objects;

/**
 * An orthonormal radial basis {@code g_n(r)}, {@code n = 0 … n_max−1}, on {@code [0, rc]}:
 * {@code ∫_0^rc g_n(r) g_n'(r) r² dr = δ_nn'}. Made from the primitives {@code φ_k} of a
 * {@link SoapRadialBasis} as {@code g_n = Σ_{k≤n} T_nk φ_k} with {@code T = L⁻¹}, {@code L} the Cholesky
 * factor of the overlap {@code S_kk' = ∫ φ_k φ_k' r² dr} (Gram–Schmidt order). The overlap is taken by
 * quadrature on the primitives' samples and the step is done twice (CholeskyQR2), which keeps the
 * basis orthonormal to rounding although the polynomial primitives' overlap has a condition number
 * near 10¹² at {@code n_max = 8} (orthonormal to about 10⁻¹¹ there, 10⁻¹⁰ at {@code n_max = 10}; bases
 * worse than 10⁻⁸ are refused). DScribe and QUIP use the symmetric (Löwdin) {@code S^(−1/2)} instead;
 * both span the same functions, so the power spectra differ by an orthogonal change of basis in n.
 * Immutable.
 */
final class RadialBasis {
    /** Quadrature points per panel used for the overlap. */
    private static final int ORDER = 16;
    /**
     * Largest allowed deviation of the final overlap from the identity. Rounding in
     * {@code Σ_k T_nk φ_k} limits it to about 10⁻¹⁶ times the condition number of the sampled
     * primitives: about 10⁻¹² for GTO at n_max = 12, 10⁻¹¹ for the polynomials at n_max = 8 and 10⁻¹⁰ at 10.
     */
    private static final double ORTHONORMALITY = 1e-8;

    private final SoapRadialBasis kind;
    private final double cutoff;
    private final int size;
    private final double[] alpha;
    private final double[] transform; // size × size, row n holds T_nk

    RadialBasis(SoapRadialBasis kind, double cutoff, int size) {
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.cutoff = cutoff;
        this.size = size;
        this.alpha = new double[size];
        for (int k = 0; k < size; k++) {
            double a = cutoff * (k + 1) / size;
            alpha[k] = Math.log(1000) / (a * a);
        }
        double[] identity = new double[size * size];
        for (int k = 0; k < size; k++) {
            identity[k * size + k] = 1;
        }
        RadialQuadrature rule = RadialQuadrature.of(cutoff, lengthScale() / 2, ORDER);
        double[] t = identity;
        for (int pass = 0; pass < 2; pass++) {
            double[] l = cholesky(overlap(rule, t));
            t = multiply(invertLower(l), t);
        }
        double deviation = deviationFromIdentity(overlap(rule, t));
        if (!(deviation < ORTHONORMALITY)) {
            throw new IllegalArgumentException(String.format(
                    "the %s radial basis with n_max = %d cannot be orthonormalised in double precision (overlap off "
                            + "the identity by %.1e); use a smaller n_max or the GTO basis", kind, size, deviation));
        }
        this.transform = t;
    }

    /** The number of basis functions, n_max. */
    int size() {
        return size;
    }

    /** The cutoff rc, Å. */
    double cutoff() {
        return cutoff;
    }

    /** The shortest length on which the primitives vary, Å: a scale for quadrature panels. */
    double lengthScale() {
        if (kind == SoapRadialBasis.GTO) {
            return 1 / Math.sqrt(2 * alpha[0]);
        }
        return cutoff / (size + 3);
    }

    /**
     * {@code g_n(r)} for every n.
     *
     * @param r the radius, Å, in {@code [0, rc]}
     * @param out receives {@code n_max} values, modified
     * @param primitives scratch of at least {@code n_max} values, modified
     */
    void values(double r, double[] out, double[] primitives) {
        for (int k = 0; k < size; k++) {
            primitives[k] = primitive(k, r);
        }
        for (int n = 0; n < size; n++) {
            double sum = 0;
            for (int k = 0; k <= n; k++) {
                sum += transform[n * size + k] * primitives[k];
            }
            out[n] = sum;
        }
    }

    /** {@code φ_k(r)}, up to a constant factor. */
    private double primitive(int k, double r) {
        if (kind == SoapRadialBasis.GTO) {
            return Math.exp(-alpha[k] * r * r);
        }
        double t = 1 - r / cutoff;
        return Math.pow(t, k + 3);
    }

    /** {@code ∫ g_n g_n' r² dr} by quadrature for {@code g = t φ}. */
    private double[] overlap(RadialQuadrature rule, double[] t) {
        double[] s = new double[size * size];
        double[] phi = new double[size];
        double[] g = new double[size];
        for (int i = 0; i < rule.size(); i++) {
            double r = rule.node(i);
            double w = rule.weight(i) * r * r;
            for (int k = 0; k < size; k++) {
                phi[k] = primitive(k, r);
            }
            for (int n = 0; n < size; n++) {
                double sum = 0;
                for (int k = 0; k < size; k++) {
                    sum += t[n * size + k] * phi[k];
                }
                g[n] = sum;
            }
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    s[a * size + b] += w * g[a] * g[b];
                }
            }
        }
        return s;
    }

    private double[] cholesky(double[] s) {
        double[] l = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = s[i * size + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * size + k] * l[j * size + k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("the " + kind + " radial basis with n_max = " + size
                                + " is numerically linearly dependent; use a smaller n_max or the GTO basis");
                    }
                    l[i * size + i] = Math.sqrt(sum);
                } else {
                    l[i * size + j] = sum / l[j * size + j];
                }
            }
        }
        return l;
    }

    private double[] invertLower(double[] l) {
        double[] inverse = new double[size * size];
        for (int c = 0; c < size; c++) {
            for (int i = c; i < size; i++) {
                double sum = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    sum -= l[i * size + k] * inverse[k * size + c];
                }
                inverse[i * size + c] = sum / l[i * size + i];
            }
        }
        return inverse;
    }

    private double[] multiply(double[] a, double[] b) {
        double[] c = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < size; k++) {
                double aik = a[i * size + k];
                for (int j = 0; j < size; j++) {
                    c[i * size + j] += aik * b[k * size + j];
                }
            }
        }
        return c;
    }

    private double deviationFromIdentity(double[] s) {
        double largest = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                largest = Math.max(largest, Math.abs(s[i * size + j] - (i == j ? 1 : 0)));
            }
        }
        return largest;
    }
}
