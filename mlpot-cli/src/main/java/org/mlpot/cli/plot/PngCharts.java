package org.mlpot.cli.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes XChart charts as PNG files, headless (no display needed). */
public final class PngCharts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private PngCharts() {
    }

    /**
     * Writes {@code chart} to {@code file} (its name should end in {@code .png}), replacing it.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    static void write(Chart<?, ?> chart, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plot " + file + ": " + e.getMessage(), e);
        }
    }
}
