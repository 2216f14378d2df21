/**
 * Molecular dynamics and energy minimisation on top of any {@link org.mlpot.potential.Potential}.
 *
 * <p>Units are mlpot's: positions in Å, velocities in Å/fs, forces in eV/Å, energies in eV, masses in
 * amu, time in fs, temperatures in K. Accelerations are {@code a = F/m × Units.ACCELERATION} (Å/fs²)
 * and kinetic energies {@code ½ m v² × Units.KINETIC_ENERGY} (eV).
 *
 * <p>The pieces: {@link org.mlpot.md.MdState} (positions, velocities, forces and clock of one run,
 * read-only from outside this package), {@link org.mlpot.md.MaxwellBoltzmann} (initial velocities),
 * the {@link org.mlpot.md.Integrator}s {@link org.mlpot.md.VelocityVerlet} (NVE) and
 * {@link org.mlpot.md.Langevin} (NVT, BAOAB), the runner {@link org.mlpot.md.MolecularDynamics} with
 * its {@link org.mlpot.md.MdObserver}, and the minimiser {@link org.mlpot.md.Fire}. Everything random
 * takes a seed, so a run is reproducible bit for bit on the same JVM.
 */
package org.mlpot.md;
