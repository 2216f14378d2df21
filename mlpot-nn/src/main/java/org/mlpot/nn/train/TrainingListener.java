package org.mlpot.nn.train;

/** Hears how training proceeds, for progress bars and logs. Called from the training thread. */
public interface TrainingListener {

    /**
     * The descriptors of one more frame are computed: {@code done} of {@code total}. Called for the
     * training and validation frames before the first epoch ({@code total} their number), then for
     * the test frames after the last epoch ({@code done} counting from 1 again, {@code total} theirs).
     */
    default void featuresComputed(int done, int total) {
    }

    /** Training starts: what it fits on and for at most how many epochs. */
    default void started(String summary, int epochs) {
    }

    /** An epoch starts with this many parameter updates. */
    default void epochStarted(int epoch, int updates) {
    }

    /** One parameter update of the current epoch is done. */
    default void updateDone() {
    }

    /** An epoch is done. */
    default void epochFinished(EpochMetrics metrics) {
    }

    /**
     * Whether training should end after the epoch just reported to {@link #epochFinished}; asked once
     * after each epoch. The result is then the best epoch so far, as after early stopping.
     */
    default boolean stopRequested() {
        return false;
    }

    /** A message worth showing (early stopping, checkpoints, resumption). */
    default void note(String message) {
    }

    /** A listener that ignores everything. */
    static TrainingListener silent() {
        return new TrainingListener() {
        };
    }
}
