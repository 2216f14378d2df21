package org.mlpot.units;

import java.util.Map;

/**
 * A physical dimension: integer exponents over the base dimensions energy, length, time,
 * temperature, mass and count (a number of atoms). Count is a dimension of its own so that an
 * energy per atom ({@code meV/atom}) differs from an energy ({@code meV}). Immutable.
 *
 * <p>Energy rather than mass·length²/time² is a base dimension because mlpot's internal units
 * (eV, Å, fs, K, amu) are not a coherent system: a force is energy/length and a pressure
 * energy/length³, exactly as users write them.
 *
 * @param energy      exponent of energy (eV inside mlpot)
 * @param length      exponent of length (Å)
 * @param time        exponent of time (fs)
 * @param temperature exponent of temperature (K)
 * @param mass        exponent of mass (amu)
 * @param count       exponent of count (atoms)
 */
public record Dimension(int energy, int length, int time, int temperature, int mass, int count) {
    /** A pure number. */
    public static final Dimension DIMENSIONLESS = new Dimension(0, 0, 0, 0, 0, 0);
    /** Energy. */
    public static final Dimension ENERGY = new Dimension(1, 0, 0, 0, 0, 0);
    /** Length. */
    public static final Dimension LENGTH = new Dimension(0, 1, 0, 0, 0, 0);
    /** Time. */
    public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0);
    /** Temperature. */
    public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 1, 0, 0);
    /** Mass. */
    public static final Dimension MASS = new Dimension(0, 0, 0, 0, 1, 0);
    /** A number of atoms. */
    public static final Dimension COUNT = new Dimension(0, 0, 0, 0, 0, 1);
    /** Energy per atom, energy/count. */
    public static final Dimension ENERGY_PER_ATOM = ENERGY.dividedBy(COUNT);
    /** Force, energy/length. */
    public static final Dimension FORCE = ENERGY.dividedBy(LENGTH);
    /** Inverse length, 1/length. */
    public static final Dimension INVERSE_LENGTH = LENGTH.pow(-1);
    /** Inverse area, 1/length², the dimension of a Gaussian's η. */
    public static final Dimension INVERSE_AREA = LENGTH.pow(-2);
    /** Pressure or stress, energy/length³. */
    public static final Dimension PRESSURE = ENERGY.dividedBy(LENGTH.pow(3));

    private static final Map<Dimension, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(DIMENSIONLESS, "dimensionless"),
            Map.entry(ENERGY, "an energy"),
            Map.entry(LENGTH, "a length"),
            Map.entry(TIME, "a time"),
            Map.entry(TEMPERATURE, "a temperature"),
            Map.entry(MASS, "a mass"),
            Map.entry(COUNT, "a number of atoms"),
            Map.entry(ENERGY_PER_ATOM, "an energy per atom"),
            Map.entry(FORCE, "a force (energy/length)"),
            Map.entry(INVERSE_LENGTH, "an inverse length (1/length)"),
            Map.entry(INVERSE_AREA, "an inverse area (1/length²)"),
            Map.entry(PRESSURE, "a pressure (energy/length³)"));

    private static final String[] NAMES = {"energy", "length", "time", "temperature", "mass", "count"};

    /** The product of this dimension and {@code other} (exponents add). */
    public Dimension times(Dimension other) {
        return new Dimension(energy + other.energy, length + other.length, time + other.time,
                temperature + other.temperature, mass + other.mass, count + other.count);
    }

    /** The quotient of this dimension by {@code other} (exponents subtract). */
    public Dimension dividedBy(Dimension other) {
        return times(other.pow(-1));
    }

    /** This dimension to the integer power {@code exponent} (exponents multiply). */
    public Dimension pow(int exponent) {
        return new Dimension(energy * exponent, length * exponent, time * exponent,
                temperature * exponent, mass * exponent, count * exponent);
    }

    /** Whether every exponent is zero. */
    public boolean isDimensionless() {
        return equals(DIMENSIONLESS);
    }

    /**
     * A phrase for messages: "a length", "an energy per atom", "a force (energy/length)",
     * "dimensionless" for the common dimensions, else {@link #formula()} (e.g.
     * {@code energy·length^-2}).
     */
    public String description() {
        String known = DESCRIPTIONS.get(this);
        return known != null ? known : formula();
    }

    /**
     * The exponents as a product of base dimensions in the order energy, length, time,
     * temperature, mass, count, e.g. {@code energy·length^-2}; {@code 1} when dimensionless.
     */
    public String formula() {
        int[] exponents = {energy, length, time, temperature, mass, count};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (text.length() > 0) {
                text.append('·');
            }
            text.append(NAMES[i]);
            if (exponents[i] != 1) {
                text.append('^').append(exponents[i]);
            }
        }
        return text.length() == 0 ? "1" : text.toString();
    }

    /** The same as {@link #formula()}. */
    @Override
    public String toString() {
        return formula();
    }
}
