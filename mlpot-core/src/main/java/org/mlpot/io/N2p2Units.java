package org.mlpot.io;

import org.mlpot.units.Units;

/**
 * The length and energy units of an n2p2 {@code input.data} file. n2p2 itself is unit-agnostic;
 * its data sets are often in Bohr and Hartree (as written by RuNNer and many DFT codes), sometimes
 * in Å and eV. Readers multiply: positions and lattice vectors by {@code lengthToAngstrom}, energies
 * by {@code energyToEv}, forces by {@code energyToEv / lengthToAngstrom}; writers divide. Charges
 * (elementary charges) are never converted.
 *
 * @param lengthToAngstrom one file length unit in Å (positive, finite)
 * @param energyToEv one file energy unit in eV (positive, finite)
 */
public record N2p2Units(double lengthToAngstrom, double energyToEv) {

    /** Å and eV: no conversion. */
    public static final N2p2Units ANGSTROM_EV = new N2p2Units(1.0, 1.0);

    /** Bohr and Hartree (atomic units), with the CODATA 2018 values of {@link Units}. */
    public static final N2p2Units BOHR_HARTREE = new N2p2Units(Units.BOHR, Units.HARTREE);

    /** Refuses factors that are not positive and finite. */
    public N2p2Units {
        if (!(lengthToAngstrom > 0) || !Double.isFinite(lengthToAngstrom)) {
            throw new IllegalArgumentException("lengthToAngstrom must be positive and finite, got " + lengthToAngstrom);
        }
        if (!(energyToEv > 0) || !Double.isFinite(energyToEv)) {
            throw new IllegalArgumentException("energyToEv must be positive and finite, got " + energyToEv);
        }
    }

    /** One file force unit (energy unit per length unit) in eV/Å. */
    public double forceToEvPerAngstrom() {
        return energyToEv / lengthToAngstrom;
    }
}
