package org.mlpot.descriptor.cutoff;

import java.util.Objects;

/**
 * A function with compact support on {@code [left, right]} (n2p2's {@code CompactFunction}):
 * {@code C(a) = core(|a − c| / w)} with centre {@code c = (left + right)/2} and half-width
 * {@code w = (right − left)/2}, where {@code core} is the shape's core function (with argument
 * {@code (2 − x)x} in the asymmetric variant). {@code C} is 1 at the centre and 0 at both ends. The
 * formula is evaluated as written for any {@code a}: callers apply the support. Immutable.
 */
public final class CompactFunction {
    private final CompactShape shape;
    private final double left;
    private final double right;
    private final double center;
    private final double scale;

    /**
     * @param shape the core function
     * @param left the left end of the support
     * @param right the right end, larger than {@code left}
     */
    public CompactFunction(CompactShape shape, double left, double right) {
        this.shape = Objects.requireNonNull(shape, "shape is null");
        if (!Double.isFinite(left) || !Double.isFinite(right) || !(left < right)) {
            throw new IllegalArgumentException("a compact function needs finite left < right, got [" + left + ", " + right + "]");
        }
        this.left = left;
        this.right = right;
        this.center = (right + left) / 2.0;
        this.scale = 1.0 / ((right - left) / 2.0);
    }

    /** The shape. */
    public CompactShape shape() {
        return shape;
    }

    /** The left end of the support. */
    public double left() {
        return left;
    }

    /** The right end of the support. */
    public double right() {
        return right;
    }

    /** {@code C(a)}. */
    public double value(double a) {
        double x = Math.abs((a - center) * scale);
        return shape.asymmetric() ? shape.core().value((2.0 - x) * x) : shape.core().value(x);
    }

    /** {@code dC/da}. */
    public double derivative(double a) {
        double y = (a - center) * scale;
        double x = Math.abs(y);
        double d = shape.asymmetric() ? (2.0 - 2.0 * x) * shape.core().derivative((2.0 - x) * x) : shape.core().derivative(x);
        return d * Math.copySign(scale, y);
    }

    /**
     * {@code C(a)}, storing {@code dC/da} in {@code derivative[index]}.
     *
     * @param derivative receives the derivative at {@code index}; modified
     */
    public double evaluate(double a, double[] derivative, int index) {
        double y = (a - center) * scale;
        double x = Math.abs(y);
        double f;
        if (shape.asymmetric()) {
            f = shape.core().evaluate((2.0 - x) * x, derivative, index);
            derivative[index] *= 2.0 - 2.0 * x;
        } else {
            f = shape.core().evaluate(x, derivative, index);
        }
        derivative[index] *= Math.copySign(scale, y);
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactFunction c && c.shape.equals(shape) && Double.compare(c.left, left) == 0
                && Double.compare(c.right, right) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, left, right);
    }

    @Override
    public String toString() {
        return "CompactFunction[" + shape.n2p2Name() + ", " + left + ", " + right + "]";
    }
}
