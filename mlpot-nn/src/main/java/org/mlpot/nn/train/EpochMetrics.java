package org.mlpot.nn.train;

import java.util.Locale;

/**
 * One line of the training log.
 *
 * @param epoch the epoch just finished (1-based)
 * @param learningRate the learning rate used (NaN for L-BFGS)
 * @param train the errors on the training frames after the epoch
 * @param validation the errors on the validation frames after the epoch, or null without validation frames
 * @param seconds wall time of the epoch, s
 */
public record EpochMetrics(int epoch, double learningRate, ErrorSums train, ErrorSums validation, double seconds) {

    /** The CSV header matching {@link #toCsv()}. */
    public static final String CSV_HEADER = "epoch,learning_rate,train_loss,train_energy_rmse_meV_atom,"
            + "train_force_rmse_meV_A,validation_loss,validation_energy_rmse_meV_atom,validation_force_rmse_meV_A,seconds";

    /** The loss that selects the best epoch: the validation loss, or the training loss without validation frames. */
    public double selectionLoss() {
        return validation != null ? validation.loss() : train.loss();
    }

    /** This line as CSV, errors in meV/atom and meV/Å. */
    public String toCsv() {
        return String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s,%s,%.3f", epoch, number(learningRate), number(train.loss()),
                number(1000 * train.energyRmse()), number(1000 * train.forceRmse()),
                validation == null ? "" : number(validation.loss()),
                validation == null ? "" : number(1000 * validation.energyRmse()),
                validation == null ? "" : number(1000 * validation.forceRmse()), seconds);
    }

    /** A short console summary. */
    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "epoch %4d  train E %8.3f meV/atom  F %8.2f meV/Å", epoch,
                1000 * train.energyRmse(), 1000 * train.forceRmse());
        if (validation != null) {
            text += String.format(Locale.ROOT, "  |  validation E %8.3f meV/atom  F %8.2f meV/Å",
                    1000 * validation.energyRmse(), 1000 * validation.forceRmse());
        }
        return text + String.format(Locale.ROOT, "  (%.1f s)", seconds);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
