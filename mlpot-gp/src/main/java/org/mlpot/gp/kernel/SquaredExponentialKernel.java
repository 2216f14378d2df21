package org.mlpot.gp.kernel;

import org.mlpot.spec.SquaredExponentialKernelSpec;

/**
 * The squared-exponential kernel {@code k(q, q′) = δ² exp(−|q − q′|²/(2θ²))}, with gradient
 * {@code ∂k/∂q = −k (q − q′)/θ²} and mixed second derivative
 * {@code uᵀ(∂²k/∂q∂q′ᵀ)v = (k/θ²) (u·v − (u·d)(v·d)/θ²)}, {@code d = q − q′}. One length scale θ for
 * all features (in descriptor units).
 */
public final class SquaredExponentialKernel implements Kernel {
    private final double lengthScale;
    private final double delta;
    private final double deltaSquared;
    private final double inverseTwoThetaSquared;

    /**
     * A kernel with length scale θ and energy scale δ.
     *
     * @param lengthScale θ, in descriptor units, positive
     * @param delta the energy scale δ, eV, positive
     * @throws IllegalArgumentException when either is not a positive finite number
     */
    public SquaredExponentialKernel(double lengthScale, double delta) {
        this(new SquaredExponentialKernelSpec(lengthScale, delta));
    }

    /** The kernel a checked spec describes. */
    public SquaredExponentialKernel(SquaredExponentialKernelSpec spec) {
        this.lengthScale = spec.lengthScale();
        this.delta = spec.delta();
        this.deltaSquared = delta * delta;
        this.inverseTwoThetaSquared = 0.5 / (lengthScale * lengthScale);
    }

    /** The length scale θ, descriptor units. */
    public double lengthScale() {
        return lengthScale;
    }

    @Override
    public double delta() {
        return delta;
    }

    @Override
    public SquaredExponentialKernel withDelta(double newDelta) {
        return new SquaredExponentialKernel(lengthScale, newDelta);
    }

    @Override
    public double value(double[] q, double[] qPrime) {
        Kernel.checkLengths(q, qPrime, null);
        double d2 = 0;
        for (int g = 0; g < q.length; g++) {
            double d = q[g] - qPrime[g];
            d2 += d * d;
        }
        return deltaSquared * Math.exp(-d2 * inverseTwoThetaSquared);
    }

    @Override
    public double valueAndGradient(double[] q, double[] qPrime, double[] gradient) {
        Kernel.checkLengths(q, qPrime, gradient);
        double d2 = 0;
        for (int g = 0; g < q.length; g++) {
            double d = q[g] - qPrime[g];
            d2 += d * d;
        }
        double k = deltaSquared * Math.exp(-d2 * inverseTwoThetaSquared);
        double scale = -2 * inverseTwoThetaSquared * k;
        for (int g = 0; g < q.length; g++) {
            gradient[g] = scale * (q[g] - qPrime[g]);
        }
        return k;
    }

    @Override
    public double mixedSecondDerivative(double[] q, double[] qPrime, double[] u, double[] v) {
        Kernel.checkLengths(q, qPrime, u, v);
        double d2 = 0;
        double uv = 0;
        double ud = 0;
        double vd = 0;
        for (int g = 0; g < q.length; g++) {
            double d = q[g] - qPrime[g];
            d2 += d * d;
            uv += u[g] * v[g];
            ud += u[g] * d;
            vd += v[g] * d;
        }
        double inverseThetaSquared = 2 * inverseTwoThetaSquared;
        double k = deltaSquared * Math.exp(-d2 * inverseTwoThetaSquared);
        return k * inverseThetaSquared * (uv - ud * vd * inverseThetaSquared);
    }

    @Override
    public String toString() {
        return "squared_exponential(theta=" + lengthScale + ", delta=" + delta + " eV)";
    }
}
