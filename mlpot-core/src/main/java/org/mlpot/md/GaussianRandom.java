package org.mlpot.md;

import java.util.SplittableRandom;

/**
 * Standard normal deviates from a seed, by Marsaglia's polar method on {@link SplittableRandom}
 * (whose algorithm, SplitMix64, is specified), so a seed gives the same sequence on every JVM.
 * Not thread-safe.
 */
final class GaussianRandom {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    GaussianRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next standard normal deviate (mean 0, variance 1). */
    double next() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2.0 * random.nextDouble() - 1.0;
            v = 2.0 * random.nextDouble() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        double scale = Math.sqrt(-2.0 * Math.log(s) / s);
        spare = v * scale;
        hasSpare = true;
        return u * scale;
    }
}
