package org.mlpot.nn.train;

import java.util.SplittableRandom;

/** The random orders training visits frames and observables in, each drawn from the seed and the epoch alone. */
final class Permutations {
    private Permutations() {
    }

    /** The random generator of one epoch: a function of the run's seed and the epoch only. */
    static SplittableRandom ofEpoch(long seed, int epoch) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1)));
    }

    /** A Fisher–Yates shuffle of {@code 0 … count−1}. */
    static int[] shuffled(int count, SplittableRandom random) {
        int[] order = identity(count);
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** {@code 0 … count−1} in order. */
    static int[] identity(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        return order;
    }
}
