package org.mlpot.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How to train a model.
 *
 * @param data training files, resolved against the spec file's folder
 * @param validationFraction the part of the frames held out for validation
 * @param testFraction the part held out for testing
 * @param seed the seed of the split, shuffling and anything else random in training
 * @param loss the loss weights
 * @param optimizer the optimiser
 * @param schedule the learning-rate schedule
 * @param epochs the most epochs
 * @param batchSize frames per mini-batch
 * @param earlyStopping stop after this many epochs without a better validation error, if set
 * @param checkpointEvery write a checkpoint every this many epochs
 */
public record TrainingSpec(List<Path> data, double validationFraction, double testFraction, long seed, LossWeights loss,
                           Optimizer optimizer, Schedule schedule, int epochs, int batchSize, OptionalInt earlyStopping,
                           int checkpointEvery) {

    /** Checks the arguments. */
    public TrainingSpec {
        data = List.copyOf(data);
        Objects.requireNonNull(loss, "loss is null");
        Objects.requireNonNull(optimizer, "optimizer is null");
        Objects.requireNonNull(schedule, "schedule is null");
        Objects.requireNonNull(earlyStopping, "earlyStopping is null");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one data file");
        }
        if (!(validationFraction >= 0 && testFraction >= 0 && validationFraction + testFraction < 1)) {
            throw new IllegalArgumentException("validation and test fractions must be 0 or more and leave frames to train on");
        }
        if (epochs < 1 || batchSize < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("epochs, batch size and checkpoint period must be at least 1");
        }
        if (earlyStopping.isPresent() && earlyStopping.getAsInt() < 1) {
            throw new IllegalArgumentException("early stopping needs a patience of at least 1 epoch");
        }
    }
}
