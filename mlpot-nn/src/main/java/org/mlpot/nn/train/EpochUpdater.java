package org.mlpot.nn.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** One optimiser's way through an epoch, and the state it keeps between epochs (part of a checkpoint). */
interface EpochUpdater {

    /**
     * Runs one epoch of updates.
     *
     * @param epoch the epoch, from 0
     * @param parameters the flat parameters, modified
     * @param listener hears how many updates the epoch has and when each is done
     * @return the learning rate used, or NaN for an optimiser without one
     */
    double epoch(int epoch, double[] parameters, TrainingListener listener);

    /** Whether the output biases are re-fitted to the training energies after each epoch ({@link OutputBiasFit}). */
    boolean refitsOutputBiases();

    /** Writes the state kept between epochs. */
    void write(DataOutputStream out) throws IOException;

    /** Restores the state {@link #write} wrote. */
    void read(DataInputStream in) throws IOException;
}
