package org.mlpot.metrics;

import java.util.OptionalDouble;

/**
 * Running mean absolute and root-mean-square error over a stream of (predicted, reference) pairs.
 * Mutable; not thread-safe. Sums use Kahan compensation so millions of values add up exactly enough.
 */
public final class ErrorAccumulator {
    private long count;
    private double absSum;
    private double absCompensation;
    private double squareSum;
    private double squareCompensation;
    private double maxAbs;

    /** Adds one error {@code predicted − reference}. */
    public void add(double predicted, double reference) {
        addError(predicted - reference);
    }

    /** Adds one error. */
    public void addError(double error) {
        count++;
        double a = Math.abs(error) - absCompensation;
        double t = absSum + a;
        absCompensation = (t - absSum) - a;
        absSum = t;
        double s = error * error - squareCompensation;
        double u = squareSum + s;
        squareCompensation = (u - squareSum) - s;
        squareSum = u;
        maxAbs = Math.max(maxAbs, Math.abs(error));
    }

    /** How many errors were added. */
    public long count() {
        return count;
    }

    /** The mean absolute error, or empty when nothing was added. */
    public OptionalDouble mae() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(absSum / count);
    }

    /** The root-mean-square error, or empty when nothing was added. */
    public OptionalDouble rmse() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(squareSum / count));
    }

    /** The largest absolute error, or empty when nothing was added. */
    public OptionalDouble maxAbs() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(maxAbs);
    }
}
