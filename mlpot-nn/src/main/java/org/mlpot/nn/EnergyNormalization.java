package org.mlpot.nn;

import java.util.Map;
import java.util.Objects;
import org.mlpot.structure.Element;

/**
 * How a network output becomes an atomic energy, after n2p2's data-set normalisation: an atom of
 * element e with network output {@code y} has the energy
 * {@code E = u · (y / convEnergy + meanEnergy + atomEnergy(e))} eV, where {@code u} is the data's
 * energy unit in eV. n2p2's {@code conv_length} needs no counterpart: it scales positions and
 * symmetry-function parameters together, which leaves every symmetry function unchanged.
 *
 * @param meanEnergy n2p2's {@code mean_energy}, the mean energy per atom, in the data's energy unit
 * @param convEnergy n2p2's {@code conv_energy}, network units per data energy unit (positive)
 * @param atomEnergies n2p2's {@code atom_energy} offsets per element, in the data's energy unit; elements
 *     not listed have 0
 * @param energyToEv one data energy unit in eV (positive)
 */
public record EnergyNormalization(double meanEnergy, double convEnergy, Map<Element, Double> atomEnergies, double energyToEv) {

    /** Checks and copies the arguments. */
    public EnergyNormalization {
        atomEnergies = Map.copyOf(Objects.requireNonNull(atomEnergies, "atomEnergies is null"));
        if (!Double.isFinite(meanEnergy)) {
            throw new IllegalArgumentException("meanEnergy must be finite, got " + meanEnergy);
        }
        if (!(convEnergy > 0) || !Double.isFinite(convEnergy)) {
            throw new IllegalArgumentException("convEnergy must be positive and finite, got " + convEnergy);
        }
        if (!(energyToEv > 0) || !Double.isFinite(energyToEv)) {
            throw new IllegalArgumentException("energyToEv must be positive and finite, got " + energyToEv);
        }
        atomEnergies.forEach((e, v) -> {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the atom energy of " + e.symbol() + " must be finite, got " + v);
            }
        });
    }

    /** No normalisation: the network output is the atomic energy in eV. */
    public static EnergyNormalization none() {
        return new EnergyNormalization(0.0, 1.0, Map.of(), 1.0);
    }

    /** {@code ∂E/∂y}: eV per network output unit. */
    public double outputToEv() {
        return energyToEv / convEnergy;
    }

    /** The energy of an atom of {@code element} whose network output is 0, eV. */
    public double constantEv(Element element) {
        return energyToEv * (meanEnergy + atomEnergies.getOrDefault(element, 0.0));
    }
}
