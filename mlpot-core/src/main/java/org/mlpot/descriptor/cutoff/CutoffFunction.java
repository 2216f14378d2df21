package org.mlpot.descriptor.cutoff;

import java.util.Objects;

/**
 * A cutoff function {@code f_c(r)} of n2p2 (its {@code CutoffFunction}): a {@link CutoffShape}
 * with a radius {@code rc}. It is 0 for {@code r ≥ rc}; see {@link CutoffType} for the formulas.
 * Immutable.
 */
public final class CutoffFunction {
    private static final double E = Math.exp(1.0);
    /** {@code 1/tanh³(1)}, written as n2p2 writes it. */
    private static final double TANH_PRE = Math.pow((E + 1 / E) / (E - 1 / E), 3);

    private final CutoffShape shape;
    private final double radius;
    private final double inverseRadius;
    private final double inner;
    private final double inverseWidth;
    private final CoreFunction core;

    /**
     * @param shape the type and inner-cutoff parameter
     * @param radius the cutoff radius {@code rc}, positive and finite (Å)
     */
    public CutoffFunction(CutoffShape shape, double radius) {
        this.shape = Objects.requireNonNull(shape, "shape is null");
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("the cutoff radius must be positive and finite, got " + radius);
        }
        this.radius = radius;
        this.inverseRadius = 1.0 / radius;
        this.inner = radius * shape.alpha();
        this.inverseWidth = 1.0 / (radius - inner);
        this.core = shape.type().core();
    }

    /** The shape. */
    public CutoffShape shape() {
        return shape;
    }

    /** The type. */
    public CutoffType type() {
        return shape.type();
    }

    /** The inner-cutoff parameter α. */
    public double alpha() {
        return shape.alpha();
    }

    /** The radius {@code rc}, Å. */
    public double radius() {
        return radius;
    }

    /** {@code f_c(r)}. */
    public double value(double r) {
        if (r >= radius) {
            return 0.0;
        }
        switch (shape.type()) {
            case HARD:
                return 1.0;
            case TANHU: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                return t * t * t;
            }
            case TANH: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                return TANH_PRE * t * t * t;
            }
            case COS:
                return r < inner ? 1.0 : 0.5 * (Math.cos(Math.PI * (r - inner) * inverseWidth) + 1.0);
            default:
                return r < inner ? 1.0 : core.value((r - inner) * inverseWidth);
        }
    }

    /** {@code df_c/dr}, per Å. */
    public double derivative(double r) {
        if (r >= radius) {
            return 0.0;
        }
        switch (shape.type()) {
            case HARD:
                return 0.0;
            case TANHU: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                t *= t;
                return 3.0 * t * (t - 1.0) * inverseRadius;
            }
            case TANH: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                t *= t;
                return 3.0 * TANH_PRE * t * (t - 1.0) * inverseRadius;
            }
            case COS:
                return r < inner ? 0.0 : -0.5 * Math.PI * inverseWidth * Math.sin(Math.PI * (r - inner) * inverseWidth);
            default:
                return r < inner ? 0.0 : inverseWidth * core.derivative((r - inner) * inverseWidth);
        }
    }

    /**
     * {@code f_c(r)}, storing {@code df_c/dr} in {@code derivative[index]}, with the shared work done once.
     *
     * @param derivative receives the derivative (per Å) at {@code index}; modified
     */
    public double evaluate(double r, double[] derivative, int index) {
        if (r >= radius) {
            derivative[index] = 0.0;
            return 0.0;
        }
        switch (shape.type()) {
            case HARD:
                derivative[index] = 0.0;
                return 1.0;
            case TANHU: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                double t2 = t * t;
                derivative[index] = 3.0 * t2 * (t2 - 1.0) * inverseRadius;
                return t * t2;
            }
            case TANH: {
                double t = Math.tanh(1.0 - r * inverseRadius);
                double t2 = t * t;
                derivative[index] = 3.0 * TANH_PRE * t2 * (t2 - 1.0) * inverseRadius;
                return TANH_PRE * t * t2;
            }
            case COS: {
                if (r < inner) {
                    derivative[index] = 0.0;
                    return 1.0;
                }
                double phase = Math.PI * (r - inner) * inverseWidth;
                derivative[index] = -0.5 * Math.PI * inverseWidth * Math.sin(phase);
                return 0.5 * (Math.cos(phase) + 1.0);
            }
            default: {
                if (r < inner) {
                    derivative[index] = 0.0;
                    return 1.0;
                }
                double f = core.evaluate((r - inner) * inverseWidth, derivative, index);
                derivative[index] *= inverseWidth;
                return f;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CutoffFunction c && c.shape.equals(shape) && Double.compare(c.radius, radius) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Double.hashCode(radius);
    }

    @Override
    public String toString() {
        return "CutoffFunction[" + shape.type() + ", rc=" + radius + ", alpha=" + shape.alpha() + "]";
    }
}
