package org.mlpot.units;

import java.util.Objects;

/**
 * A number with the unit it was written in, e.g. {@code 6.0 Å} or {@code 1 meV/atom}. Immutable.
 *
 * @param value the number as written, in {@code unit}; finite
 * @param unit  the unit it was written in; its {@link Unit#text()} is quoted in messages
 */
public record Quantity(double value, Unit unit) {
    /** Checks the arguments. */
    public Quantity {
        Objects.requireNonNull(unit, "unit is null");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value is not finite: " + value);
        }
    }

    /** The value in mlpot's internal units (eV, Å, fs, K, amu, per atom), whatever its dimension. */
    public double internalValue() {
        return unit.toInternal(value);
    }

    /**
     * The value in mlpot's internal units, after checking that it has the {@code expected}
     * dimension.
     *
     * @throws IllegalArgumentException when the dimension differs, with a message such as
     *                                  {@code expects a length, got 2.0 eV} (a caller prefixes the
     *                                  setting's name)
     */
    public double in(Dimension expected) {
        Objects.requireNonNull(expected, "expected is null");
        if (!unit.dimension().equals(expected)) {
            throw new IllegalArgumentException(mismatch(expected));
        }
        return internalValue();
    }

    /**
     * The value expressed in {@code target}, e.g. {@code 0.5 eV} in meV is 500.
     *
     * @throws IllegalArgumentException when {@code target} has another dimension, with a message
     *                                  such as {@code expects an energy, got 2.0 Å}
     */
    public double in(Unit target) {
        Objects.requireNonNull(target, "target is null");
        return target.fromInternal(in(target.dimension()));
    }

    /** The value and the unit as the user wrote it, e.g. {@code 2.0 eV}; the value alone for 1. */
    @Override
    public String toString() {
        return unit.equals(Unit.ONE) ? Double.toString(value) : value + " " + unit.text();
    }

    private String mismatch(Dimension expected) {
        Dimension actual = unit.dimension();
        String wanted = expected.isDimensionless() ? "a dimensionless number" : expected.description();
        String message = "expects " + wanted + ", got " + this;
        if (expected.equals(actual.dividedBy(Dimension.COUNT))) {
            message += "; for a value per atom write " + value + " " + unit.text() + "/atom";
        } else if (expected.equals(actual.times(Dimension.COUNT))) {
            message += " (" + actual.description() + "); a total is expected, not a value per atom";
        }
        return message;
    }
}
