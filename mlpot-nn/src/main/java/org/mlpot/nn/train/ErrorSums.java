package org.mlpot.nn.train;

/**
 * Sums of prediction errors over a set of structures, from which training reports its errors.
 *
 * @param loss the weighted loss
 * @param energySquared Σ over structures of ((E − E_ref)/N)², eV²/atom²
 * @param energies the number of structures with an energy
 * @param forceSquared Σ over force components of (F − F_ref)², eV²/Å²
 * @param forceComponents the number of force components
 */
public record ErrorSums(double loss, double energySquared, int energies, double forceSquared, long forceComponents) {

    /** The root-mean-square energy error per atom, eV/atom (NaN without energies). */
    public double energyRmse() {
        return energies == 0 ? Double.NaN : Math.sqrt(energySquared / energies);
    }

    /** The root-mean-square force-component error, eV/Å (NaN without forces). */
    public double forceRmse() {
        return forceComponents == 0 ? Double.NaN : Math.sqrt(forceSquared / forceComponents);
    }
}
