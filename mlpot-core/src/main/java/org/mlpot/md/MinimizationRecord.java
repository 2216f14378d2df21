package org.mlpot.md;

/**
 * The progress of a minimisation at one step.
 *
 * @param step steps taken so far (0 for the starting structure)
 * @param energy potential energy, eV
 * @param maxForce largest per-atom force norm {@code max_i |F_i|}, eV/Å
 */
public record MinimizationRecord(int step, double energy, double maxForce) {
}
