package org.mlpot.io;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlpot.data.InfoValue;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;

/**
 * What the comment line of one extxyz frame says: cell, column layout, per-frame labels and the
 * remaining info entries.
 *
 * <p>Rules (ASE's where ASE has one): {@code Lattice} holds the vectors a, b, c as nine numbers;
 * {@code pbc} defaults to {@code T T T} with a Lattice and {@code F F F} without, and a single
 * {@code T}/{@code F} sets all three axes; a periodic axis without a Lattice is refused.
 * {@code energy} and {@code free_energy} are numbers in eV; {@code stress} (eV/Å³, ASE sign) and
 * {@code virial} (eV, {@code stress = −virial / V}) hold nine values row-major or six in Voigt order
 * xx yy zz yz xz xy; a non-symmetric tensor is refused, and so are a stress and a virial that
 * disagree by more than 1e-6 of the largest component (at least 1e-9 eV/Å³).
 *
 * @param cell the cell
 * @param properties the per-atom column layout
 * @param energy the energy in eV, or {@code null}
 * @param freeEnergy the free energy in eV, or {@code null}
 * @param stress the stress, or {@code null}
 * @param info every other entry, in file order
 */
record ExtXyzHeader(Cell cell, ExtXyzProperties properties, Double energy, Double freeEnergy, Stress stress,
                    Map<String, InfoValue> info) {

    private static final double STRESS_AGREEMENT = 1e-6;

    /** Interprets the parsed pairs of a comment line (at {@code file:line}). */
    static ExtXyzHeader of(Map<String, InfoValue> pairs, String file, long line) {
        Map<String, InfoValue> info = new LinkedHashMap<>(pairs);
        InfoValue latticeValue = info.remove("Lattice");
        InfoValue pbcValue = info.remove("pbc");
        InfoValue propertiesValue = info.remove("Properties");
        InfoValue energyValue = info.remove("energy");
        InfoValue freeEnergyValue = info.remove("free_energy");
        InfoValue stressValue = info.remove("stress");
        InfoValue virialValue = info.remove("virial");

        Cell cell = cell(latticeValue, pbcValue, file, line);

        String propertiesText;
        if (propertiesValue == null) {
            propertiesText = ExtXyzProperties.DEFAULT;
        } else if (propertiesValue instanceof InfoValue.Text t) {
            propertiesText = t.value();
        } else {
            throw new FormatException(file, line, "Properties must be name:type:ncols triples such as species:S:1:pos:R:3, got " + propertiesValue);
        }
        ExtXyzProperties properties = ExtXyzProperties.parse(propertiesText, file, line);

        Double energy = energyValue == null ? null : scalar(energyValue, "energy", file, line);
        Double freeEnergy = freeEnergyValue == null ? null : scalar(freeEnergyValue, "free_energy", file, line);

        Stress stress = null;
        if (stressValue != null) {
            stress = stress(tensor(stressValue, "stress", file, line), "stress", file, line);
        }
        if (virialValue != null) {
            if (!cell.hasVectors()) {
                throw new FormatException(file, line, "virial needs a Lattice to be turned into a stress (stress = -virial / volume); add Lattice=\"...\" or give stress instead");
            }
            double[] virial = tensor(virialValue, "virial", file, line);
            double volume = cell.volume();
            for (int i = 0; i < 9; i++) {
                virial[i] = -virial[i] / volume;
            }
            Stress fromVirial = stress(virial, "virial", file, line);
            if (stress != null) {
                checkAgreement(stress, fromVirial, file, line);
            } else {
                stress = fromVirial;
            }
        }
        return new ExtXyzHeader(cell, properties, energy, freeEnergy, stress, info);
    }

    private static Cell cell(InfoValue latticeValue, InfoValue pbcValue, String file, long line) {
        boolean[] pbc = latticeValue == null ? new boolean[3] : new boolean[] {true, true, true};
        if (pbcValue != null) {
            pbc = pbc(pbcValue, file, line);
        }
        if (latticeValue == null) {
            if (pbc[0] || pbc[1] || pbc[2]) {
                throw new FormatException(file, line, "pbc=\"" + flags(pbc) + "\" makes an axis periodic but there is no Lattice; "
                        + "add Lattice=\"ax ay az bx by bz cx cy cz\" or write pbc=\"F F F\"");
            }
            return Cell.none();
        }
        double[] lattice = numbers(latticeValue);
        if (lattice == null || lattice.length != 9) {
            throw new FormatException(file, line, "Lattice must be nine numbers (the vectors a, b, c in Å), got " + describe(latticeValue));
        }
        try {
            return Cell.ofRowMajor(lattice, pbc);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, line, "bad Lattice: " + e.getMessage());
        }
    }

    private static boolean[] pbc(InfoValue value, String file, long line) {
        if (value instanceof InfoValue.Bool b) {
            return new boolean[] {b.value(), b.value(), b.value()};
        }
        if (value instanceof InfoValue.Bools b && b.values().length == 3) {
            return b.values().clone();
        }
        long[] ints = value instanceof InfoValue.Integers list ? list.values()
                : value instanceof InfoValue.Integer i ? new long[] {i.value(), i.value(), i.value()} : null;
        if (ints != null && ints.length == 3 && isZeroOrOne(ints)) {
            return new boolean[] {ints[0] == 1, ints[1] == 1, ints[2] == 1};
        }
        throw new FormatException(file, line, "pbc must be three flags such as pbc=\"T T F\", got " + describe(value));
    }

    private static boolean isZeroOrOne(long[] values) {
        for (long v : values) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    private static double scalar(InfoValue value, String key, String file, long line) {
        if (value instanceof InfoValue.Real r) {
            return r.value();
        }
        if (value instanceof InfoValue.Integer i) {
            return i.value();
        }
        throw new FormatException(file, line, key + " must be one number (eV), got " + describe(value));
    }

    /** Nine row-major values from nine or six (Voigt) numbers. */
    private static double[] tensor(InfoValue value, String key, String file, long line) {
        double[] v = numbers(value);
        if (v != null && v.length == 9) {
            return v;
        }
        if (v != null && v.length == 6) {
            return new double[] {v[0], v[5], v[4], v[5], v[1], v[3], v[4], v[3], v[2]};
        }
        throw new FormatException(file, line, key + " must be 9 numbers (3×3, row-major) or 6 (Voigt xx yy zz yz xz xy), got " + describe(value));
    }

    private static Stress stress(double[] rowMajor, String key, String file, long line) {
        for (double v : rowMajor) {
            if (!Double.isFinite(v)) {
                throw new FormatException(file, line, key + " has a non-finite component (" + v + "); remove it or give finite values");
            }
        }
        try {
            return Stress.fromRowMajor(rowMajor);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, line, key + " is not a symmetric tensor (" + e.getMessage()
                    + "); mlpot does not guess which half is meant");
        }
    }

    private static void checkAgreement(Stress stress, Stress fromVirial, String file, long line) {
        double[] a = stress.toVoigt();
        double[] b = fromVirial.toVoigt();
        double scale = 1e-3;
        for (int k = 0; k < 6; k++) {
            scale = Math.max(scale, Math.max(Math.abs(a[k]), Math.abs(b[k])));
        }
        for (int k = 0; k < 6; k++) {
            if (Math.abs(a[k] - b[k]) > STRESS_AGREEMENT * scale) {
                throw new FormatException(file, line, "stress and virial disagree: stress (Voigt) " + Arrays.toString(a)
                        + " eV/Å³ but -virial/volume is " + Arrays.toString(b) + " eV/Å³; keep only the right one");
            }
        }
    }

    /** The values of a numeric info entry as doubles, or {@code null}. */
    private static double[] numbers(InfoValue value) {
        if (value instanceof InfoValue.Reals r) {
            return r.values().clone();
        }
        if (value instanceof InfoValue.Integers list) {
            double[] v = new double[list.values().length];
            for (int k = 0; k < v.length; k++) {
                v[k] = list.values()[k];
            }
            return v;
        }
        if (value instanceof InfoValue.Real r) {
            return new double[] {r.value()};
        }
        if (value instanceof InfoValue.Integer i) {
            return new double[] {i.value()};
        }
        return null;
    }

    private static String describe(InfoValue value) {
        if (value instanceof InfoValue.Text t) {
            return "'" + t.value() + "'";
        }
        double[] n = numbers(value);
        return n != null ? n.length + " number" + (n.length == 1 ? "" : "s") : value.toString();
    }

    private static String flags(boolean[] pbc) {
        return (pbc[0] ? "T" : "F") + " " + (pbc[1] ? "T" : "F") + " " + (pbc[2] ? "T" : "F");
    }
}
