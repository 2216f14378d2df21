package org.mlpot.md;

/**
 * The thermodynamic summary of one observed step.
 *
 * @param step steps since the state was created
 * @param time simulated time since the state was created, fs
 * @param potentialEnergy potential energy, eV
 * @param kineticEnergy kinetic energy, eV
 * @param totalEnergy potential plus kinetic energy, eV
 * @param temperature kinetic temperature {@code 2 KE / (dof kB)} with the integrator's degrees of freedom, K
 */
public record MdRecord(long step, double time, double potentialEnergy, double kineticEnergy, double totalEnergy,
                       double temperature) {

    /** The record of a state, with the temperature counted over {@code degreesOfFreedom}. */
    public static MdRecord of(MdState state, int degreesOfFreedom) {
        double kinetic = state.kineticEnergy();
        double potential = state.potentialEnergy();
        return new MdRecord(state.step(), state.time(), potential, kinetic, potential + kinetic,
                state.temperature(degreesOfFreedom));
    }
}
