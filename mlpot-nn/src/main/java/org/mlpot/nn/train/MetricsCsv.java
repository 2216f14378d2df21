package org.mlpot.nn.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The per-epoch metrics as a CSV file, rewritten whole (temporary file, then one move) after every epoch. */
final class MetricsCsv {
    private MetricsCsv() {
    }

    static void write(Path file, List<EpochMetrics> history) {
        StringBuilder text = new StringBuilder(EpochMetrics.CSV_HEADER).append('\n');
        for (EpochMetrics m : history) {
            text.append(m.toCsv()).append('\n');
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics log " + file + ": " + e.getMessage(), e);
        }
    }
}
