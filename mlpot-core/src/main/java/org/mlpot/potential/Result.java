package org.mlpot.potential;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.mlpot.structure.Structure;

/**
 * What a {@link Potential} computed for one structure. Properties that were not requested (or that
 * the potential cannot give) are absent.
 *
 * @param energy total potential energy, eV
 * @param forces 3N forces {@code x0 y0 z0 x1 ...}, eV/Å, or {@code null}
 * @param stress stress (ASE sign, eV/Å³), or {@code null}
 * @param atomEnergies N per-atom energies summing to {@code energy}, eV, or {@code null}
 * @param uncertainty predictive uncertainty, or {@code null}
 */
public record Result(double energy, double[] forces, Stress stress, double[] atomEnergies, Uncertainty uncertainty) {

    /** A result holding only an energy. */
    public static Result ofEnergy(double energy) {
        return new Result(energy, null, null, null, null);
    }

    /**
     * The result that {@code properties} ask for, from per-atom energies, forces and the strain
     * derivative of the energy. The energy is the sum of the per-atom energies; the stress is
     * {@code (1/V) ∂E/∂ε}, symmetrised.
     *
     * @param atomEnergies N per-atom energies, eV; kept (not copied)
     * @param forces 3N forces, eV/Å; kept (not copied)
     * @param strainDerivative ∂E/∂ε, nine values row-major in eV; not modified
     */
    public static Result assemble(Structure structure, Set<Property> properties, double[] atomEnergies, double[] forces,
                                  double[] strainDerivative) {
        double energy = 0;
        for (double e : atomEnergies) {
            energy += e;
        }
        Stress stress = null;
        if (properties.contains(Property.STRESS)) {
            double volume = structure.cell().volume();
            double[] s = new double[9];
            for (int k = 0; k < 9; k++) {
                s[k] = strainDerivative[k] / volume;
            }
            stress = new Stress(s[0], s[4], s[8], 0.5 * (s[5] + s[7]), 0.5 * (s[2] + s[6]), 0.5 * (s[1] + s[3]));
        }
        return new Result(energy,
                properties.contains(Property.FORCES) ? forces : null,
                stress,
                properties.contains(Property.ATOM_ENERGIES) ? atomEnergies : null,
                null);
    }

    /** The forces, if computed (the array is shared: do not modify). */
    public Optional<double[]> forcesIfPresent() {
        return Optional.ofNullable(forces);
    }

    /** The stress, if computed. */
    public Optional<Stress> stressIfPresent() {
        return Optional.ofNullable(stress);
    }

    /** The per-atom energies, if computed (the array is shared: do not modify). */
    public Optional<double[]> atomEnergiesIfPresent() {
        return Optional.ofNullable(atomEnergies);
    }

    /** The uncertainty, if the potential gives one. */
    public Optional<Uncertainty> uncertaintyIfPresent() {
        return Optional.ofNullable(uncertainty);
    }

    /**
     * A predictive uncertainty as standard deviations.
     *
     * @param energy standard deviation of the total energy, eV
     * @param forces per-component standard deviations of the forces (3N), eV/Å, or {@code null}
     * @param atomEnergies per-atom energy standard deviations, eV, or {@code null}
     */
    public record Uncertainty(double energy, double[] forces, double[] atomEnergies) {
        /** The energy standard deviation. */
        public OptionalDouble energyIfPresent() {
            return Double.isNaN(energy) ? OptionalDouble.empty() : OptionalDouble.of(energy);
        }
    }
}
