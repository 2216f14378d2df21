package org.example.mlpot;

import org.mlpot.gp.kernel.Kernel;

/**
 * The normalised polynomial kernel {@code k(q, q′) = δ² f(c)} with {@code c = q̂·q̂′},
 * {@code q̂ = q/|q|} and {@code f(c) = ((a + c)/(1 + a))^d}, so that {@code k(q, q) = δ²}. With
 * {@code ∂c/∂q = (q̂′ − c q̂)/|q|}: the gradient is {@code ∂k/∂q = δ² f′(c) (q̂′ − c q̂)/|q|}, and the
 * mixed second derivative {@code uᵀ(∂²k/∂q∂q′ᵀ)v = δ²/(|q||q′|) [f″(c) (u·q̂′ − c u·q̂)(v·q̂ − c v·q̂′)
 * + f′(c) (u·v − (u·q̂′)(v·q̂′) − (u·q̂)(v·q̂) + c (u·q̂)(v·q̂′))]}. Zero vectors are refused.
 * Immutable; allocates nothing per call.
 */
public final class PolynomialKernel implements Kernel {
    private final PolynomialKernelSpec spec;

    /** The kernel a checked spec describes. */
    public PolynomialKernel(PolynomialKernelSpec spec) {
        this.spec = spec;
    }

    /** The spec of this kernel (with its current δ). */
    public PolynomialKernelSpec spec() {
        return spec;
    }

    @Override
    public double delta() {
        return spec.delta();
    }

    @Override
    public PolynomialKernel withDelta(double newDelta) {
        return new PolynomialKernel(new PolynomialKernelSpec(spec.offset(), spec.degree(), newDelta));
    }

    @Override
    public double value(double[] q, double[] qPrime) {
        Kernel.checkLengths(q, qPrime, null);
        double c = dot(q, qPrime) / (norm(q) * norm(qPrime));
        return spec.delta() * spec.delta() * Math.pow(base(c), spec.degree());
    }

    @Override
    public double valueAndGradient(double[] q, double[] qPrime, double[] gradient) {
        Kernel.checkLengths(q, qPrime, gradient);
        double nq = norm(q);
        double np = norm(qPrime);
        double c = dot(q, qPrime) / (nq * np);
        double d2 = spec.delta() * spec.delta();
        double scale = d2 * firstDerivative(c) / nq;
        for (int g = 0; g < q.length; g++) {
            gradient[g] = scale * (qPrime[g] / np - c * q[g] / nq);
        }
        return d2 * Math.pow(base(c), spec.degree());
    }

    @Override
    public double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v) {
        Kernel.checkLengths(q, qPrime, u, v);
        double nq = norm(q);
        double np = norm(qPrime);
        double c = dot(q, qPrime) / (nq * np);
        double uq = dot(q, u) / nq;
        double uqp = dot(qPrime, u) / np;
        double vq = dot(q, v) / nq;
        double vqp = dot(qPrime, v) / np;
        double uv = 0;
        for (int g = 0; g < q.length; g++) {
            uv += u[g] * v[g];
        }
        double bracket = secondDerivative(c) * (uqp - c * uq) * (vq - c * vqp)
                + firstDerivative(c) * (uv - uqp * vqp - uq * vq + c * uq * vqp);
        return spec.delta() * spec.delta() * bracket / (nq * np);
    }

    /** {@code (a + c)/(1 + a)}. */
    private double base(double c) {
        return (spec.offset() + c) / (1 + spec.offset());
    }

    /** {@code f′(c) = d/(1 + a) · base^(d−1)}. */
    private double firstDerivative(double c) {
        return spec.degree() / (1 + spec.offset()) * Math.pow(base(c), spec.degree() - 1);
    }

    /** {@code f″(c) = d(d − 1)/(1 + a)² · base^(d−2)}, zero for d = 1. */
    private double secondDerivative(double c) {
        if (spec.degree() == 1) {
            return 0;
        }
        double a1 = 1 + spec.offset();
        return spec.degree() * (spec.degree() - 1) / (a1 * a1) * Math.pow(base(c), spec.degree() - 2);
    }

    /** The dot product over the first {@code a.length} entries ({@code b} may be longer). */
    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int g = 0; g < a.length; g++) {
            sum += a[g] * b[g];
        }
        return sum;
    }

    private static double norm(double[] q) {
        double n = Math.sqrt(dot(q, q));
        if (n == 0) {
            throw new IllegalArgumentException("the polynomial kernel normalises its arguments and cannot take a zero vector");
        }
        return n;
    }

    /** The kernel in words, as {@code mlpot info} shows it. */
    @Override
    public String toString() {
        return spec.toString();
    }
}
