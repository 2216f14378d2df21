package org.mlpot.data;

import java.util.Optional;
import java.util.OptionalDouble;
import org.mlpot.potential.Stress;

/**
 * Reference values attached to a structure, as a data set provides them. Every label is optional.
 *
 * <p>{@code energy} is the total potential energy (eV) and {@code freeEnergy} the Mermin free energy
 * that some DFT codes report beside it (ASE's {@code energy} and {@code free_energy}); forces are
 * 3N values in eV/Å; stress uses ASE's sign (see {@link Stress}); atom energies are N values in eV.
 * Values are stored as read, NaN included: {@link DataChecks} refuses non-finite values with the
 * file and frame named.
 */
public final class Labels {
    private static final Labels NONE = new Labels(null, null, null, null, null);

    private final Double energy;
    private final Double freeEnergy;
    private final double[] forces;
    private final Stress stress;
    private final double[] atomEnergies;

    private Labels(Double energy, Double freeEnergy, double[] forces, Stress stress, double[] atomEnergies) {
        this.energy = energy;
        this.freeEnergy = freeEnergy;
        this.forces = forces;
        this.stress = stress;
        this.atomEnergies = atomEnergies;
    }

    /** No labels at all. */
    public static Labels none() {
        return NONE;
    }

    /** Labels from their values; pass {@code null} for what is absent. Arrays are copied. */
    public static Labels of(Double energy, Double freeEnergy, double[] forces, Stress stress, double[] atomEnergies) {
        return new Labels(
                energy,
                freeEnergy,
                forces == null ? null : forces.clone(),
                stress,
                atomEnergies == null ? null : atomEnergies.clone());
    }

    /** Energy and forces only. */
    public static Labels of(double energy, double[] forces) {
        return of(energy, null, forces, null, null);
    }

    /** The total energy, eV. */
    public OptionalDouble energy() {
        return energy == null ? OptionalDouble.empty() : OptionalDouble.of(energy);
    }

    /** The free energy, eV. */
    public OptionalDouble freeEnergy() {
        return freeEnergy == null ? OptionalDouble.empty() : OptionalDouble.of(freeEnergy);
    }

    /** The forces (3N, eV/Å), as a new array. */
    public Optional<double[]> forces() {
        return forces == null ? Optional.empty() : Optional.of(forces.clone());
    }

    /** The stress. */
    public Optional<Stress> stress() {
        return Optional.ofNullable(stress);
    }

    /** The per-atom energies (N, eV), as a new array. */
    public Optional<double[]> atomEnergies() {
        return atomEnergies == null ? Optional.empty() : Optional.of(atomEnergies.clone());
    }

    /** Whether forces are present. */
    public boolean hasForces() {
        return forces != null;
    }

    /** Force component {@code k} (0 ≤ k &lt; 3N) without copying; only when {@link #hasForces()}. */
    public double force(int k) {
        return forces[k];
    }

    /** This with another energy ({@code null} to drop it). */
    public Labels withEnergy(Double newEnergy) {
        return new Labels(newEnergy, freeEnergy, forces, stress, atomEnergies);
    }

    /** This with other forces ({@code null} to drop them); copied. */
    public Labels withForces(double[] newForces) {
        return new Labels(energy, freeEnergy, newForces == null ? null : newForces.clone(), stress, atomEnergies);
    }

    /** This with another stress ({@code null} to drop it). */
    public Labels withStress(Stress newStress) {
        return new Labels(energy, freeEnergy, forces, newStress, atomEnergies);
    }

    /** This with other per-atom energies ({@code null} to drop them); copied. */
    public Labels withAtomEnergies(double[] newAtomEnergies) {
        return new Labels(energy, freeEnergy, forces, stress, newAtomEnergies == null ? null : newAtomEnergies.clone());
    }
}
