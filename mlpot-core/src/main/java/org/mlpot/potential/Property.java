package org.mlpot.potential;

/** What a caller asks a {@link Potential} to compute. Energy is always computed. */
public enum Property {
    /** Total potential energy in eV. */
    ENERGY,
    /** Forces {@code F = −∂E/∂r} in eV/Å. */
    FORCES,
    /** Stress {@code σ = (1/V) ∂E/∂ε} in eV/Å³ (ASE sign); periodic structures only. */
    STRESS,
    /** Per-atom energies in eV, summing exactly to the total. */
    ATOM_ENERGIES,
    /** Predictive uncertainty, for models that have one. */
    UNCERTAINTY
}
