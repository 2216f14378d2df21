package org.mlpot.nn;

import java.util.function.DoubleUnaryOperator;

/**
 * Chooses the number a file should hold so that a reader's conversion of it gives back a given double
 * exactly. Unit conversions round: reading {@code x · f} of a value written as {@code v / f} can
 * miss {@code v} by an ulp. Searching the doubles next to the plain inverse finds a file value that
 * reads back to {@code v} whenever there is one nearby, which is always the case for a value that
 * was itself read from a file in the same unit.
 */
final class ReadBackValues {
    /** How many doubles on each side of the guess are tried. */
    static final int STEPS = 16;

    private ReadBackValues() {
    }

    /**
     * The double next to {@code guess} (within {@link #STEPS} ulps, the nearest first) that
     * {@code read} turns into {@code target}, or {@code guess} itself when none does.
     *
     * @param target the value the reader should produce
     * @param read what the reader does with a file value; may return NaN for a value it refuses
     * @param guess the plain inverse conversion of {@code target}
     */
    static double preimage(double target, DoubleUnaryOperator read, double guess) {
        if (same(read.applyAsDouble(guess), target)) {
            return guess;
        }
        double up = guess;
        double down = guess;
        for (int k = 0; k < STEPS; k++) {
            up = Math.nextUp(up);
            if (same(read.applyAsDouble(up), target)) {
                return up;
            }
            down = Math.nextDown(down);
            if (same(read.applyAsDouble(down), target)) {
                return down;
            }
        }
        return guess;
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}
