package org.mlpot.descriptor.cutoff;

/**
 * The functions on {@code [0, 1]} from which n2p2 builds its cutoff and compact functions (n2p2's
 * {@code CoreFunction}): each falls from {@code f(0) = 1} to {@code f(1) = 0}, and the polynomial of
 * order n has n continuous derivatives that vanish at both ends. Arguments outside {@code [0, 1]} are
 * the caller's business: the polynomials are evaluated as written.
 */
public enum CoreFunction {
    /** {@code f(x) = (2x − 3)x² + 1}. */
    POLY1,
    /** {@code f(x) = ((15 − 6x)x − 10)x³ + 1}. */
    POLY2,
    /** {@code f(x) = (x(x(20x − 70) + 84) − 35)x⁴ + 1}. */
    POLY3,
    /** {@code f(x) = (x(x((315 − 70x)x − 540) + 420) − 126)x⁵ + 1}. */
    POLY4,
    /**
     * {@code f(x) = exp(1 − 1/(1 − x²))}, written as {@code e · exp(1/(x² − 1))} as n2p2 does; 0 for
     * {@code |x| ≥ 1}, its limit (n2p2's formula gives ∞ at exactly {@code |x| = 1}).
     */
    EXP;

    private static final double E = Math.exp(1.0);

    /** {@code f(x)}. */
    public double value(double x) {
        return switch (this) {
            case POLY1 -> (2.0 * x - 3.0) * x * x + 1.0;
            case POLY2 -> ((15.0 - 6.0 * x) * x - 10.0) * x * x * x + 1.0;
            case POLY3 -> {
                double x2 = x * x;
                yield (x * (x * (20.0 * x - 70.0) + 84.0) - 35.0) * x2 * x2 + 1.0;
            }
            case POLY4 -> {
                double x2 = x * x;
                yield (x * (x * ((315.0 - 70.0 * x) * x - 540.0) + 420.0) - 126.0) * x2 * x2 * x + 1.0;
            }
            case EXP -> x * x < 1.0 ? E * Math.exp(1.0 / (x * x - 1.0)) : 0.0;
        };
    }

    /** {@code df/dx}. */
    public double derivative(double x) {
        return switch (this) {
            case POLY1 -> x * (6.0 * x - 6.0);
            case POLY2 -> x * x * ((60.0 - 30.0 * x) * x - 30.0);
            case POLY3 -> x * x * x * (x * (x * (140.0 * x - 420.0) + 420.0) - 140.0);
            case POLY4 -> {
                double x2 = x * x;
                yield x2 * x2 * (x * (x * ((2520.0 - 630.0 * x) * x - 3780.0) + 2520.0) - 630.0);
            }
            case EXP -> {
                if (!(x * x < 1.0)) {
                    yield 0.0;
                }
                double t = 1.0 / (x * x - 1.0);
                yield -2.0 * E * x * t * t * Math.exp(t);
            }
        };
    }

    /**
     * {@code f(x)}, storing {@code df/dx} in {@code derivative[index]}: both for the price of one
     * where they share work.
     *
     * @param derivative receives the derivative at {@code index}; modified
     */
    public double evaluate(double x, double[] derivative, int index) {
        switch (this) {
            case POLY2 -> {
                double x2 = x * x;
                derivative[index] = x2 * ((60.0 - 30.0 * x) * x - 30.0);
                return ((15.0 - 6.0 * x) * x - 10.0) * x * x2 + 1.0;
            }
            case EXP -> {
                if (!(x * x < 1.0)) {
                    derivative[index] = 0.0;
                    return 0.0;
                }
                double t = 1.0 / (x * x - 1.0);
                double e = E * Math.exp(t);
                derivative[index] = -2.0 * x * t * t * e;
                return e;
            }
            default -> {
                derivative[index] = derivative(x);
                return value(x);
            }
        }
    }
}
