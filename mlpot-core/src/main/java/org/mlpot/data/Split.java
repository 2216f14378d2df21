package org.mlpot.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.mlpot.io.InputException;

/**
 * A data set divided into disjoint training, validation and test parts that together hold every
 * frame exactly once.
 *
 * @param train the frames to fit on, named {@code "<name> (train)"}
 * @param validation the frames for model selection and early stopping, {@code "<name> (validation)"}
 * @param test the frames held out for the final error estimate, {@code "<name> (test)"}
 */
public record Split(Dataset train, Dataset validation, Dataset test) {

    /** Refuses null parts. */
    public Split {
        Objects.requireNonNull(train, "train is null");
        Objects.requireNonNull(validation, "validation is null");
        Objects.requireNonNull(test, "test is null");
    }

    /**
     * Splits a data set at random, reproducibly from the seed.
     *
     * <p>The test part gets {@code round(testFraction · n)} frames and the validation part
     * {@code round(validationFraction · n)}, but at least one frame when its fraction is positive;
     * the training part gets the rest. The frame order is drawn by a Fisher–Yates shuffle of
     * {@code 0 … n−1} driven by {@code new SplittableRandom(seed)} (for {@code i = n−1} down to 1,
     * swap {@code i} with {@code nextInt(i + 1)}); the first frames of the shuffled order go to
     * the test part, the next to validation, the rest to training. Each part then keeps the data
     * set's original order. The same data set size, fractions and seed always give the same split.
     *
     * @param dataset the frames to split
     * @param validationFraction the share of frames for validation, in [0, 1)
     * @param testFraction the share of frames for testing, in [0, 1)
     * @param seed the random seed
     * @throws InputException when the data set is empty, a fraction is negative or not a number,
     *     the fractions sum to 1 or more, or they would leave no frame for training
     */
    public static Split of(Dataset dataset, double validationFraction, double testFraction, long seed) {
        Objects.requireNonNull(dataset, "dataset is null");
        checkFraction("validation", validationFraction);
        checkFraction("test", testFraction);
        if (!(validationFraction + testFraction < 1.0)) {
            throw new InputException("validation fraction " + validationFraction + " plus test fraction " + testFraction
                    + " is " + (validationFraction + testFraction) + ", which leaves nothing for training;"
                    + " the two must sum to less than 1 (for example validation 0.1 and test 0.1)");
        }
        int n = dataset.size();
        if (n == 0) {
            throw new InputException("data set " + dataset.name() + " has no frames to split; check the data file");
        }
        int testCount = partSize(testFraction, n);
        int validationCount = partSize(validationFraction, n);
        int trainCount = n - testCount - validationCount;
        if (trainCount < 1) {
            throw new InputException("data set " + dataset.name() + " has only " + n + " frame" + (n == 1 ? "" : "s")
                    + ": " + validationCount + " for validation and " + testCount + " for testing leave none for training;"
                    + " use smaller fractions (or 0 to skip a part) or more data");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] test = sorted(order, 0, testCount);
        int[] validation = sorted(order, testCount, testCount + validationCount);
        int[] train = sorted(order, testCount + validationCount, n);
        String name = dataset.name();
        return new Split(
                dataset.select(train).withName(name + " (train)"),
                dataset.select(validation).withName(name + " (validation)"),
                dataset.select(test).withName(name + " (test)"));
    }

    private static void checkFraction(String part, double fraction) {
        if (!(fraction >= 0.0) || !(fraction < 1.0)) {
            throw new InputException(part + " fraction must be at least 0 and less than 1, got " + fraction
                    + "; write 10% as 0.1, and use 0 for no " + part + " set");
        }
    }

    private static int partSize(double fraction, int n) {
        if (fraction == 0.0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(fraction * n));
    }

    private static int[] sorted(int[] order, int from, int to) {
        int[] part = Arrays.copyOfRange(order, from, to);
        Arrays.sort(part);
        return part;
    }
}
