package org.mlpot.units;

import java.util.List;

/**
 * The unit words mlpot understands, each with its factor to mlpot's internal units (eV, Å, fs, K,
 * amu, and 1 for a count of atoms), its dimension and the spellings that name it. Spellings are
 * case-sensitive ({@code meV} is not {@code MeV}). The order of the constants is the order of the
 * words in a unit's canonical text (energies and pressures, mass, lengths, times, temperature, mol,
 * atom), as in {@code eV·Å}, {@code amu·Å²/fs²} and {@code eV/Å/atom}.
 *
 * <p>{@link #MOLE} is a pure number, Avogadro's number, so that {@code kcal/mol} and
 * {@code kJ/mol} are energies per particle (per molecule or formula unit), not per atom; write
 * {@code meV/atom} for an energy per atom.
 */
public enum UnitWord {
    /** The electronvolt, mlpot's energy. */
    ELECTRONVOLT("eV", 1.0, Dimension.ENERGY),
    /** The millielectronvolt, 0.001 eV. */
    MILLIELECTRONVOLT("meV", 1e-3, Dimension.ENERGY),
    /** The Hartree, {@link Units#HARTREE} eV; also {@code Ha}. */
    HARTREE("Hartree", Units.HARTREE, Dimension.ENERGY, "Ha"),
    /** The Rydberg, {@link Units#RYDBERG} eV (half a Hartree). */
    RYDBERG("Ry", Units.RYDBERG, Dimension.ENERGY),
    /** The thermochemical kilocalorie, {@link Units#KCAL} eV; usually written {@code kcal/mol}. */
    KILOCALORIE("kcal", Units.KCAL, Dimension.ENERGY),
    /** The kilojoule, {@link Units#KJ} eV; usually written {@code kJ/mol}. */
    KILOJOULE("kJ", Units.KJ, Dimension.ENERGY),
    /** The gigapascal, {@link Units#GPA} eV/Å³. */
    GIGAPASCAL("GPa", Units.GPA, Dimension.PRESSURE),
    /** The megapascal, {@link Units#MPA} eV/Å³. */
    MEGAPASCAL("MPa", Units.MPA, Dimension.PRESSURE),
    /** The atomic mass unit (dalton), mlpot's mass. */
    AMU("amu", 1.0, Dimension.MASS),
    /**
     * The Ångström, mlpot's length, spelled U+00C5; also {@code Ang} and {@code Angstrom}. The
     * parser reads the Ångström sign U+212B, which looks the same, as U+00C5.
     */
    ANGSTROM("Å", 1.0, Dimension.LENGTH, "Ang", "Angstrom"),
    /** The nanometre, 10 Å. */
    NANOMETRE("nm", 10.0, Dimension.LENGTH),
    /** The picometre, 0.01 Å. */
    PICOMETRE("pm", 0.01, Dimension.LENGTH),
    /** The Bohr radius, {@link Units#BOHR} Å; also {@code bohr}. */
    BOHR("Bohr", Units.BOHR, Dimension.LENGTH, "bohr"),
    /** The femtosecond, mlpot's time. */
    FEMTOSECOND("fs", 1.0, Dimension.TIME),
    /** The picosecond, 1000 fs. */
    PICOSECOND("ps", 1e3, Dimension.TIME),
    /** The nanosecond, 10⁶ fs. */
    NANOSECOND("ns", 1e6, Dimension.TIME),
    /** The kelvin, mlpot's temperature. */
    KELVIN("K", 1.0, Dimension.TEMPERATURE),
    /** The mole as a pure number, {@link Units#AVOGADRO}: dividing by it gives a value per particle. */
    MOLE("mol", Units.AVOGADRO, Dimension.DIMENSIONLESS),
    /** One atom, the unit of count: {@code meV/atom} is an energy per atom. */
    ATOM("atom", 1.0, Dimension.COUNT);

    private final String symbol;
    private final double factor;
    private final Dimension dimension;
    private final List<String> aliases;

    UnitWord(String symbol, double factor, Dimension dimension, String... aliases) {
        this.symbol = symbol;
        this.factor = factor;
        this.dimension = dimension;
        this.aliases = List.of(aliases);
    }

    /** The canonical spelling, used when a unit is printed (e.g. {@code Å}, {@code Hartree}). */
    public String symbol() {
        return symbol;
    }

    /** One of this unit in mlpot's internal units of its dimension (e.g. 27.211… for Hartree). */
    public double factor() {
        return factor;
    }

    /** The dimension of this unit. */
    public Dimension dimension() {
        return dimension;
    }

    /** The other accepted spellings, without the symbol (e.g. {@code Ang}, {@code Angstrom}). */
    public List<String> aliases() {
        return aliases;
    }
}
