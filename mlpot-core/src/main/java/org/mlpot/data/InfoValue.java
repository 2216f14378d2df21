package org.mlpot.data;

import java.util.Arrays;

/**
 * A per-frame {@code key=value} entry that a file carried beyond the known labels (for example
 * extxyz's {@code config_type=md_T300}), kept so that it can be written back unchanged.
 */
public sealed interface InfoValue {

    /** A string. */
    record Text(String value) implements InfoValue {
    }

    /** An integer. */
    record Integer(long value) implements InfoValue {
    }

    /** A real number. */
    record Real(double value) implements InfoValue {
    }

    /** A boolean. */
    record Bool(boolean value) implements InfoValue {
    }

    /** A list of integers. */
    record Integers(long[] values) implements InfoValue {
        @Override
        public boolean equals(Object o) {
            return o instanceof Integers other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /** A list of real numbers. */
    record Reals(double[] values) implements InfoValue {
        @Override
        public boolean equals(Object o) {
            return o instanceof Reals other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /** A list of booleans. */
    record Bools(boolean[] values) implements InfoValue {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bools other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
