package org.mlpot.descriptor.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;

/**
 * How an n2p2 potential scales its symmetry functions, from the keywords of its {@code input.nn}:
 * {@code scale_symmetry_functions}, {@code center_symmetry_functions},
 * {@code scale_symmetry_functions_sigma}, {@code scale_min_short} and {@code scale_max_short}
 * (defaults 0 and 1). Every other keyword is ignored.
 *
 * @param type the scaling type the keywords select
 * @param scaledMin Smin
 * @param scaledMax Smax
 */
public record N2p2ScalingSettings(ScalingType type, double scaledMin, double scaledMax) {

    /** Checks the arguments. */
    public N2p2ScalingSettings {
        Objects.requireNonNull(type, "type is null");
    }

    /** The settings in an {@code input.nn} file. */
    public static N2p2ScalingSettings read(Path inputNn) {
        if (!Files.isRegularFile(inputNn)) {
            throw new InputException(inputNn + ": no such file");
        }
        boolean scale = false;
        boolean center = false;
        boolean sigma = false;
        double min = FeatureScaling.DEFAULT_SCALED_MIN;
        double max = FeatureScaling.DEFAULT_SCALED_MAX;
        try (BufferedReader reader = Files.newBufferedReader(inputNn, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int hash = line.indexOf('#');
                String[] fields = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                switch (fields[0]) {
                    case "scale_symmetry_functions" -> scale = true;
                    case "center_symmetry_functions" -> center = true;
                    case "scale_symmetry_functions_sigma" -> sigma = true;
                    case "scale_min_short" -> min = number(inputNn, number, fields);
                    case "scale_max_short" -> max = number(inputNn, number, fields);
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(inputNn + ": " + e.getMessage(), e);
        }
        return new N2p2ScalingSettings(ScalingType.fromN2p2Keywords(scale, center, sigma), min, max);
    }

    /** The scaling these settings make of a potential's statistics (its {@code scaling.data}). */
    public FeatureScaling scaling(FeatureStatistics statistics) {
        return FeatureScaling.of(type, statistics, scaledMin, scaledMax);
    }

    private static double number(Path file, long line, String[] fields) {
        if (fields.length != 2) {
            throw new FormatException(file.toString(), line, fields[0] + " takes one number, got " + (fields.length - 1) + " values");
        }
        try {
            double value = Double.parseDouble(fields[1]);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FormatException(file.toString(), line, fields[0] + " takes a finite number, got '" + fields[1] + "'");
    }
}
