package org.mlpot.md;

/**
 * The parameters of the {@link Fire} minimiser (Bitzek et al., Phys. Rev. Lett. 97, 170201 (2006)),
 * named as in ASE's {@code ase.optimize.FIRE}.
 *
 * <p>As in ASE, FIRE moves the atoms as if each had unit mass, so the time steps are not in fs: one
 * step from rest moves an atom by {@code dt² F} (Å, with F in eV/Å), which makes {@code dt} a time in
 * ASE's unit {@code Å·sqrt(amu/eV)} ≈ 10.18 fs for a particle of 1 amu. The numbers are ASE's, so the
 * trajectories are comparable.
 *
 * @param timeStep initial time step {@code dt} (ASE {@code dt})
 * @param maxTimeStep largest time step (ASE {@code dtmax})
 * @param maxStep largest displacement of one step, Å: the norm of the whole 3N displacement vector is
 *     capped (ASE {@code maxstep})
 * @param minStepsBeforeSpeedUp downhill steps after a restart before dt grows and α shrinks (ASE {@code Nmin})
 * @param timeStepIncrease factor on dt after a downhill step (ASE {@code finc})
 * @param timeStepDecrease factor on dt after an uphill step, when velocities are zeroed (ASE {@code fdec})
 * @param alphaStart the mixing parameter α at the start and after every restart (ASE {@code astart} and {@code a})
 * @param alphaDecrease factor on α after a downhill step (ASE {@code fa})
 */
public record FireParameters(double timeStep, double maxTimeStep, double maxStep, int minStepsBeforeSpeedUp,
                             double timeStepIncrease, double timeStepDecrease, double alphaStart, double alphaDecrease) {

    /** Checks ranges. */
    public FireParameters {
        Langevin.requirePositive(timeStep, "FIRE time step");
        Langevin.requirePositive(maxTimeStep, "FIRE maximum time step");
        Langevin.requirePositive(maxStep, "FIRE maximum step (Å)");
        if (minStepsBeforeSpeedUp < 0) {
            throw new IllegalArgumentException("FIRE Nmin must be non-negative, got " + minStepsBeforeSpeedUp);
        }
        if (!(timeStepIncrease >= 1) || !Double.isFinite(timeStepIncrease)) {
            throw new IllegalArgumentException("FIRE finc must be at least 1, got " + timeStepIncrease);
        }
        if (!(timeStepDecrease > 0 && timeStepDecrease < 1)) {
            throw new IllegalArgumentException("FIRE fdec must lie in (0, 1), got " + timeStepDecrease);
        }
        if (!(alphaStart >= 0 && alphaStart <= 1)) {
            throw new IllegalArgumentException("FIRE astart must lie in [0, 1], got " + alphaStart);
        }
        if (!(alphaDecrease > 0 && alphaDecrease <= 1)) {
            throw new IllegalArgumentException("FIRE fa must lie in (0, 1], got " + alphaDecrease);
        }
    }

    /**
     * ASE's defaults: {@code dt = 0.1, dtmax = 1.0, maxstep = 0.2 Å, Nmin = 5, finc = 1.1, fdec = 0.5,
     * astart = a = 0.1, fa = 0.99}.
     */
    public static FireParameters ase() {
        return new FireParameters(0.1, 1.0, 0.2, 5, 1.1, 0.5, 0.1, 0.99);
    }

    /** These parameters with another maximum step (Å). */
    public FireParameters withMaxStep(double newMaxStep) {
        return new FireParameters(timeStep, maxTimeStep, newMaxStep, minStepsBeforeSpeedUp, timeStepIncrease,
                timeStepDecrease, alphaStart, alphaDecrease);
    }
}
