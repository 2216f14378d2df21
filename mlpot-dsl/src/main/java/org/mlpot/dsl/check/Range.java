package org.mlpot.dsl.check;

/**
 * The accepted interval of a number, with its wording for messages ("0 to 20", "greater than 0").
 *
 * @param min the lower bound ({@code -∞} for none)
 * @param minInclusive whether {@code min} itself is accepted
 * @param max the upper bound ({@code +∞} for none)
 * @param maxInclusive whether {@code max} itself is accepted
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** Every finite number. */
    public static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code [min, ∞)}. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** {@code (min, ∞)}. */
    public static Range greaterThan(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    /** {@code [min, max]}. */
    public static Range between(double min, double max) {
        return new Range(min, true, max, true);
    }

    /** {@code [min, max)}. */
    public static Range fromBelow(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** Whether {@code x} lies in the range. */
    public boolean contains(double x) {
        boolean low = minInclusive ? x >= min : x > min;
        boolean high = maxInclusive ? x <= max : x < max;
        return low && high;
    }

    /** The range in words, for "must be ..." messages. */
    public String describe() {
        boolean bounded = max != Double.POSITIVE_INFINITY;
        if (min == Double.NEGATIVE_INFINITY) {
            return bounded ? (maxInclusive ? "at most " : "below ") + format(max) : "finite";
        }
        String low = (minInclusive ? "at least " : "greater than ") + format(min);
        if (!bounded) {
            return low;
        }
        if (minInclusive && maxInclusive) {
            return format(min) + " to " + format(max);
        }
        return low + " and " + (maxInclusive ? "at most " : "below ") + format(max);
    }

    /** A number as short as it reads: integers without a decimal point. */
    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
