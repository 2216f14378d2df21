package org.mlpot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mlpot.io.FormatException;

/**
 * The per-epoch errors {@code mlpot train} logged beside a network's model file
 * ({@code MODEL.metrics.csv}), reduced to the best epoch (lowest validation loss, or training loss
 * without validation frames: the epoch the model comes from) and the last one.
 *
 * @param file the CSV file
 * @param epochs the number of epochs logged, at least 1
 * @param best the best epoch's errors
 * @param last the last epoch's errors
 */
record TrainingLog(Path file, int epochs, EpochErrors best, EpochErrors last) {

    /** The columns the log must have (the header {@code EpochMetrics.CSV_HEADER} of mlpot-nn writes more). */
    private static final List<String> REQUIRED = List.of("epoch", "train_loss", "train_energy_rmse_meV_atom",
            "train_force_rmse_meV_A", "validation_loss", "validation_energy_rmse_meV_atom", "validation_force_rmse_meV_A");

    /** Checks the arguments. */
    TrainingLog {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(best, "best is null");
        Objects.requireNonNull(last, "last is null");
    }

    /**
     * The errors of one epoch.
     *
     * @param epoch the epoch, 1-based
     * @param trainEnergyRmse energy RMSE on the training frames, meV/atom
     * @param trainForceRmse force RMSE on the training frames, meV/Å
     * @param validationEnergyRmse energy RMSE on the validation frames, meV/atom; empty without validation frames
     * @param validationForceRmse force RMSE on the validation frames, meV/Å; empty without validation frames
     */
    record EpochErrors(int epoch, double trainEnergyRmse, double trainForceRmse, OptionalDouble validationEnergyRmse,
                       OptionalDouble validationForceRmse) {
    }

    /** Where {@code mlpot train} writes the log of {@code modelFile}. */
    static Path besideModel(Path modelFile) {
        return Path.of(modelFile + ".metrics.csv");
    }

    /**
     * The log beside {@code modelFile}, or empty when there is none.
     *
     * @throws FormatException naming the file and line when the log is not the CSV {@code mlpot train} writes
     * @throws UncheckedIOException when it cannot be read
     */
    static Optional<TrainingLog> read(Path modelFile) {
        Path file = besideModel(modelFile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.toString();
        if (lines.isEmpty()) {
            throw new FormatException(name, 0, "the metrics log is empty; delete it or train the model again");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int[] column = new int[REQUIRED.size()];
        for (int c = 0; c < column.length; c++) {
            column[c] = header.indexOf(REQUIRED.get(c));
            if (column[c] < 0) {
                throw new FormatException(name, 1, "the metrics log has no column '" + REQUIRED.get(c)
                        + "'; it is not a log written by mlpot train: delete it or train the model again");
            }
        }
        EpochErrors best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        EpochErrors last = null;
        int epochs = 0;
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.size()) {
                throw new FormatException(name, n + 1, cells.length + " values but " + header.size()
                        + " columns; the metrics log is damaged: delete it or train the model again");
            }
            OptionalDouble validationLoss = optional(cells[column[4]], name, n + 1);
            EpochErrors errors = new EpochErrors((int) real(cells[column[0]], name, n + 1),
                    real(cells[column[2]], name, n + 1), real(cells[column[3]], name, n + 1),
                    optional(cells[column[5]], name, n + 1), optional(cells[column[6]], name, n + 1));
            double loss = validationLoss.isPresent() ? validationLoss.getAsDouble() : real(cells[column[1]], name, n + 1);
            if (best == null || loss < bestLoss) {
                best = errors;
                bestLoss = loss;
            }
            last = errors;
            epochs++;
        }
        if (last == null) {
            throw new FormatException(name, 1, "the metrics log has a header but no epochs; delete it or train the model again");
        }
        return Optional.of(new TrainingLog(file, epochs, best, last));
    }

    private static OptionalDouble optional(String cell, String file, int line) {
        return cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(real(cell, file, line));
    }

    private static double real(String cell, String file, int line) {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FormatException(file, line, "'" + cell + "' is not a finite number; the metrics log is damaged: "
                + "delete it or train the model again");
    }
}
