package org.mlpot.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --threads N}, the same on every command that computes. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", converter = PositiveCount.class,
            description = "Threads to compute with, at least 1 (default: all processors); the numbers do not depend on it.")
    Integer threads;

    /** The number of threads asked for, or all processors. */
    int count() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Parses a whole number of at least 1. */
    static final class PositiveCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number; give the number of threads, at least 1");
            }
            if (n < 1) {
                throw new TypeConversionException("must be at least 1, got " + n);
            }
            return n;
        }
    }
}
