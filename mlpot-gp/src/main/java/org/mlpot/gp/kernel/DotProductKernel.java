package org.mlpot.gp.kernel;

import org.mlpot.spec.DotProductKernelSpec;

/**
 * The normalised dot-product kernel {@code k(q, q′) = δ² (q̂·q̂′)^ζ} with {@code q̂ = q/|q|}, the
 * standard SOAP kernel of GAP. The vectors are normalised here, so callers pass raw descriptors; the
 * gradient goes through the normalisation:
 * {@code ∂k/∂q = δ² ζ c^(ζ−1) (q′/(|q||q′|) − c q/|q|²)} with {@code c = q̂·q̂′}, and the mixed second
 * derivative, through both normalisations,
 * {@code uᵀ(∂²k/∂q∂q′ᵀ)v = δ²/(|q||q′|) [ζ(ζ−1) c^(ζ−2) (u·q̂′ − c u·q̂)(v·q̂ − c v·q̂′)
 * + ζ c^(ζ−1) (u·v − (u·q̂′)(v·q̂′) − (u·q̂)(v·q̂) + c (u·q̂)(v·q̂′))]} (the first term vanishes for ζ = 1).
 *
 * <p>Zero vectors cannot be normalised and are refused. For a non-integer ζ the cosine c must not be
 * negative (SOAP power spectra have non-negative entries, so theirs never is); for ζ &lt; 1 the
 * gradient, and for ζ &lt; 2 other than 1 the second derivative, is infinite at {@code c = 0}.
 */
public final class DotProductKernel implements Kernel {
    private final double zeta;
    private final double delta;
    private final double deltaSquared;

    /**
     * A kernel with exponent ζ and energy scale δ.
     *
     * @param zeta the exponent ζ, positive
     * @param delta the energy scale δ, eV, positive
     * @throws IllegalArgumentException when either is not a positive finite number
     */
    public DotProductKernel(double zeta, double delta) {
        this(new DotProductKernelSpec(zeta, delta));
    }

    /** The kernel a checked spec describes. */
    public DotProductKernel(DotProductKernelSpec spec) {
        this.zeta = spec.zeta();
        this.delta = spec.delta();
        this.deltaSquared = delta * delta;
    }

    /** The exponent ζ. */
    public double zeta() {
        return zeta;
    }

    @Override
    public double delta() {
        return delta;
    }

    @Override
    public DotProductKernel withDelta(double newDelta) {
        return new DotProductKernel(zeta, newDelta);
    }

    @Override
    public double value(double[] q, double[] qPrime) {
        Kernel.checkLengths(q, qPrime, null);
        double qq = 0;
        double pp = 0;
        double qp = 0;
        for (int g = 0; g < q.length; g++) {
            qq += q[g] * q[g];
            pp += qPrime[g] * qPrime[g];
            qp += q[g] * qPrime[g];
        }
        requireNonZero(qq, pp);
        return deltaSquared * Math.pow(qp / Math.sqrt(qq * pp), zeta);
    }

    @Override
    public double valueAndGradient(double[] q, double[] qPrime, double[] gradient) {
        Kernel.checkLengths(q, qPrime, gradient);
        double qq = 0;
        double pp = 0;
        double qp = 0;
        for (int g = 0; g < q.length; g++) {
            qq += q[g] * q[g];
            pp += qPrime[g] * qPrime[g];
            qp += q[g] * qPrime[g];
        }
        requireNonZero(qq, pp);
        double norms = Math.sqrt(qq * pp);
        double c = qp / norms;
        double powerBelow = Math.pow(c, zeta - 1);
        double scale = deltaSquared * zeta * powerBelow;
        double towardsOther = scale / norms;
        double alongSelf = scale * c / qq;
        for (int g = 0; g < q.length; g++) {
            gradient[g] = towardsOther * qPrime[g] - alongSelf * q[g];
        }
        return deltaSquared * powerBelow * c;
    }

    @Override
    public double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v) {
        Kernel.checkLengths(q, qPrime, u, v);
        double qq = 0;
        double pp = 0;
        double qp = 0;
        double uv = 0;
        double uq = 0;
        double up = 0;
        double vq = 0;
        double vp = 0;
        for (int g = 0; g < q.length; g++) {
            double qg = q[g];
            double pg = qPrime[g];
            double ug = u[g];
            double vg = v[g];
            qq += qg * qg;
            pp += pg * pg;
            qp += qg * pg;
            uv += ug * vg;
            uq += ug * qg;
            up += ug * pg;
            vq += vg * qg;
            vp += vg * pg;
        }
        requireNonZero(qq, pp);
        double a = Math.sqrt(qq);
        double b = Math.sqrt(pp);
        double c = qp / (a * b);
        double uHatQ = uq / a; // u·q̂
        double uHatP = up / b; // u·q̂′
        double vHatQ = vq / a;
        double vHatP = vp / b;
        double powerBelow = Math.pow(c, zeta - 1);
        double second = uv - uHatP * vHatP - uHatQ * vHatQ + c * uHatQ * vHatP;
        double sum = zeta * powerBelow * second;
        if (zeta != 1) {
            sum += zeta * (zeta - 1) * Math.pow(c, zeta - 2) * (uHatP - c * uHatQ) * (vHatQ - c * vHatP);
        }
        return deltaSquared * sum / (a * b);
    }

    private static void requireNonZero(double qq, double pp) {
        if (qq == 0 || pp == 0) {
            throw new IllegalArgumentException("the dot-product kernel cannot normalise a zero descriptor vector "
                    + "(an atom without neighbours?); give SOAP a central-atom weight or use the squared-exponential kernel");
        }
    }

    @Override
    public String toString() {
        return "dot_product(zeta=" + zeta + ", delta=" + delta + " eV)";
    }
}
