package org.mlpot.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The per-atom column layout of an extxyz frame, from its {@code Properties=name:type:ncols:...}
 * entry. Types are {@code S} (string), {@code R} (real), {@code I} (integer) and {@code L} (logical).
 *
 * <p>Names with a meaning (as in ASE): {@code species} or {@code symbols} (S:1), {@code pos} or
 * {@code positions} (R:3, Å), {@code Z} or {@code numbers} (I:1), {@code forces} or {@code force}
 * (R:3, eV/Å), {@code energies} (R:1, eV), {@code masses} (R:1, amu), {@code momenta} (R:3,
 * amu·Å per ASE time unit). Every other column is kept as it is. Note that ASE gives {@code mass} and
 * {@code velocities} no meaning, and neither does mlpot: they stay plain columns.
 *
 * @param columns the columns in file order
 * @param text the Properties value as written, for messages
 * @param tokens the number of whitespace-separated values on each atom line
 */
record ExtXyzProperties(List<Column> columns, String text, int tokens) {

    /** What a column means to mlpot. */
    enum Role {
        SPECIES, NUMBERS, POSITIONS, FORCES, ATOM_ENERGIES, MASSES, MOMENTA, EXTRA
    }

    /**
     * One property.
     *
     * @param name the name as written
     * @param type one of {@code S R I L}
     * @param width the number of values per atom
     * @param role what mlpot does with it
     * @param firstToken 0-based index of its first value on an atom line
     */
    record Column(String name, char type, int width, Role role, int firstToken) {
        /** {@code name:type:width}. */
        String describe() {
            return name + ":" + type + ":" + width;
        }
    }

    /** ASE's default when a comment line has no Properties entry. */
    static final String DEFAULT = "species:S:1:pos:R:3";

    /**
     * Parses a Properties value.
     *
     * @throws FormatException naming {@code file:line} for a malformed layout, an unknown type, a known
     *     name with the wrong type or width, a repeated name, or one without species and positions
     */
    static ExtXyzProperties parse(String text, String file, long line) {
        String[] fields = text.split(":", -1);
        if (fields.length % 3 != 0) {
            throw new FormatException(file, line, "Properties=" + text + " must be name:type:ncols triples (found "
                    + fields.length + " fields separated by ':')");
        }
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Role> roles = new HashSet<>();
        int token = 0;
        for (int f = 0; f < fields.length; f += 3) {
            String name = fields[f];
            String type = fields[f + 1];
            if (name.isEmpty()) {
                throw new FormatException(file, line, "Properties=" + text + " has a column without a name");
            }
            if (!(type.equals("S") || type.equals("R") || type.equals("I") || type.equals("L"))) {
                throw new FormatException(file, line, "unknown type '" + type + "' for column '" + name
                        + "' in Properties; expected S (string), R (real), I (integer) or L (logical)");
            }
            int width;
            try {
                width = Integer.parseInt(fields[f + 2]);
            } catch (NumberFormatException e) {
                width = -1;
            }
            if (width < 1) {
                throw new FormatException(file, line, "column '" + name + "' in Properties has column count '"
                        + fields[f + 2] + "'; expected a positive integer");
            }
            if (!names.add(name)) {
                throw new FormatException(file, line, "column '" + name + "' appears twice in Properties=" + text);
            }
            Role role = roleOf(name);
            if (role != Role.EXTRA) {
                String expected = expectedLayout(role);
                if (!(type + ":" + width).equals(expected)) {
                    throw new FormatException(file, line, "column '" + name + "' must be " + name + ":" + expected
                            + " but Properties says " + name + ":" + type + ":" + width);
                }
                if (!roles.add(role)) {
                    throw new FormatException(file, line, "Properties=" + text + " names the " + role.name().toLowerCase()
                            + " twice (under two of its names); keep one");
                }
            }
            columns.add(new Column(name, type.charAt(0), width, role, token));
            token += width;
        }
        if (!roles.contains(Role.SPECIES) && !roles.contains(Role.NUMBERS)) {
            throw new FormatException(file, line, "Properties=" + text + " has no species (species:S:1) or atomic numbers (Z:I:1) column");
        }
        if (!roles.contains(Role.POSITIONS)) {
            throw new FormatException(file, line, "Properties=" + text + " has no positions column (pos:R:3)");
        }
        return new ExtXyzProperties(List.copyOf(columns), text, token);
    }

    private static Role roleOf(String name) {
        switch (name) {
            case "species":
            case "symbols":
                return Role.SPECIES;
            case "Z":
            case "numbers":
                return Role.NUMBERS;
            case "pos":
            case "positions":
                return Role.POSITIONS;
            case "forces":
            case "force":
                return Role.FORCES;
            case "energies":
                return Role.ATOM_ENERGIES;
            case "masses":
                return Role.MASSES;
            case "momenta":
                return Role.MOMENTA;
            default:
                return Role.EXTRA;
        }
    }

    private static String expectedLayout(Role role) {
        switch (role) {
            case SPECIES:
                return "S:1";
            case NUMBERS:
                return "I:1";
            case POSITIONS:
            case FORCES:
            case MOMENTA:
                return "R:3";
            default:
                return "R:1";
        }
    }

    /** Whether {@code name} has a meaning to the reader (and so cannot be an extra column). */
    static boolean isReserved(String name) {
        return roleOf(name) != Role.EXTRA;
    }
}
