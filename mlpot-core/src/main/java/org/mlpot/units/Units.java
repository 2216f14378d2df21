package org.mlpot.units;

/**
 * Physical constants and unit conversions. Inside mlpot everything is in eV, Å, fs, amu and K;
 * conversions happen where data enter or leave (readers, writers, spec literals).
 *
 * <p>Constants are CODATA 2018.
 */
public final class Units {
    /** One Bohr radius in Å. */
    public static final double BOHR = 0.529177210903;
    /** One Hartree in eV. */
    public static final double HARTREE = 27.211386245988;
    /** Boltzmann's constant in eV/K. */
    public static final double BOLTZMANN = 8.617333262e-5;
    /** One kcal/mol in eV: {@code 4184 / (e·N_A)} with e and N_A exact since 2019. */
    public static final double KCAL_PER_MOL = 0.04336410424180;
    /** One kJ/mol in eV: {@code 1000 / (e·N_A)} with e and N_A exact since 2019. */
    public static final double KJ_PER_MOL = 0.01036426965626;
    /** One GPa in eV/Å³: {@code 1e9 Pa · 1e-30 m³/Å³ / e}, about 1/160.2176634. */
    public static final double GPA = 1e-21 / 1.602176634e-19;
    /** One MPa in eV/Å³. */
    public static final double MPA = GPA / 1000;
    /** One Rydberg in eV, half a Hartree. */
    public static final double RYDBERG = HARTREE / 2;
    /** One joule in eV, {@code 1/e} with the exact elementary charge e = 1.602176634e-19 C. */
    public static final double JOULE = 1 / 1.602176634e-19;
    /** One thermochemical kilocalorie (4184 J) in eV. */
    public static final double KCAL = 4184 * JOULE;
    /** One kilojoule in eV. */
    public static final double KJ = 1000 * JOULE;
    /** Avogadro's number, particles per mole (exact). */
    public static final double AVOGADRO = 6.02214076e23;

    /**
     * Converts a force divided by a mass, eV/(Å·amu), to an acceleration in Å/fs²:
     * {@code 1 eV/(Å amu) = 9.648533212e-3 Å/fs²}.
     */
    public static final double ACCELERATION = 1.602176634e-19 / (1.66053906660e-27 * 1e-10) * 1e10 / 1e30;

    /** Converts a kinetic energy in amu·Å²/fs² to eV ({@code 1 amu Å²/fs² = 103.6427 eV}). */
    public static final double KINETIC_ENERGY = 1.0 / ACCELERATION;

    /**
     * ASE's unit of time, {@code Å·sqrt(amu/eV)}, in fs (about 10.1805 fs). ASE stores velocities and
     * momenta in this unit: an extxyz {@code momenta} column holds amu·Å per ASE time unit.
     */
    public static final double ASE_TIME = Math.sqrt(KINETIC_ENERGY);

    private Units() {
    }
}
