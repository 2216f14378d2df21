package org.mlpot.api;

import org.mlpot.md.ObserverAction;

/**
 * Hears about each finished training epoch and may end training early. Called from the thread that
 * runs {@link Training#run(EpochCallback)}.
 */
@FunctionalInterface
public interface EpochCallback {

    /**
     * Called once per epoch of a neural network (epochs 1, 2, …), and once, as epoch 1, after the
     * single pass of a Gaussian-process fit.
     *
     * @return {@link ObserverAction#STOP} to end training after this epoch; the model is then the one
     *     of the best epoch so far (lowest validation loss, or the last epoch without validation frames).
     *     Ignored for a Gaussian process, whose fit is already done.
     */
    ObserverAction epochFinished(EpochErrors errors);

    /** A callback that hears nothing and never stops training. */
    static EpochCallback none() {
        return errors -> ObserverAction.CONTINUE;
    }
}
