package org.mlpot.potential;

import java.util.Optional;
import java.util.OptionalDouble;

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
