package org.mlpot.data;

import java.util.Arrays;

/**
 * A per-atom column that a file carried beyond positions, species and labels (for example extxyz's
 * {@code tags:I:1} or {@code initial_charges:R:1}), kept so that it can be written back unchanged.
 * Values are stored atom-major: atom i's components are {@code values[i*width .. i*width+width-1]}.
 */
public sealed interface AtomColumn {

    /** The column name. */
    String name();

    /** The number of components per atom. */
    int width();

    /** The number of atoms this column holds values for. */
    int atoms();

    /** Real values. */
    record Reals(String name, int width, double[] values) implements AtomColumn {
        @Override
        public int atoms() {
            return values.length / width;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reals r && name.equals(r.name) && width == r.width && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    /** Integer values. */
    record Integers(String name, int width, long[] values) implements AtomColumn {
        @Override
        public int atoms() {
            return values.length / width;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Integers r && name.equals(r.name) && width == r.width && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    /** Boolean values. */
    record Bools(String name, int width, boolean[] values) implements AtomColumn {
        @Override
        public int atoms() {
            return values.length / width;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bools r && name.equals(r.name) && width == r.width && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    /** String values. */
    record Texts(String name, int width, String[] values) implements AtomColumn {
        @Override
        public int atoms() {
            return values.length / width;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Texts r && name.equals(r.name) && width == r.width && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }
}
