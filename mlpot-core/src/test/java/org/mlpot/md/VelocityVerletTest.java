package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

class VelocityVerletTest {
    /** Well stiffness, eV/Å². */
    private static final double K = 1.0;
    private static final double[] CENTRES = {0, 0, 0, 5, 5, 5};
    private static final double[] START = {0.3, -0.2, 0.1, 5.25, 5.0, 4.9};
    private static final double[] VELOCITIES = {0.01, 0.0, -0.02, 0.0, 0.004, 0.002}; // Å/fs
    private static final double[] MASSES = {1.008, 12.011}; // H and C, amu
    private static final double DURATION = 200.0; // fs: three periods of the H atom

    private static Structure twoAtoms() {
        return Structure.of(new Element[] {Element.H, Element.C}, START, MASSES, Cell.none());
    }

    /** x(t) = c + (x0 − c) cos ωt + (v0/ω) sin ωt, ω = sqrt(k/m · Units.ACCELERATION). */
    private static double exact(int k, double t) {
        double omega = Math.sqrt(K / MASSES[k / 3] * Units.ACCELERATION);
        return CENTRES[k] + (START[k] - CENTRES[k]) * Math.cos(omega * t) + VELOCITIES[k] / omega * Math.sin(omega * t);
    }

    /** {max |x(T) − x_exact(T)| (Å), max_t |E(t) − E(0)| (eV)} for a run of DURATION at time step dt. */
    private static double[] errors(double dt) {
        MdState state = MdState.create(new HarmonicWell(K, CENTRES), twoAtoms(), VELOCITIES);
        VelocityVerlet verlet = new VelocityVerlet(dt);
        double e0 = state.totalEnergy();
        double energyError = 0;
        long steps = Math.round(DURATION / dt);
        for (long s = 0; s < steps; s++) {
            verlet.step(state);
            energyError = Math.max(energyError, Math.abs(state.totalEnergy() - e0));
        }
        assertEquals(steps, state.step());
        assertEquals(DURATION, state.time(), 1e-9);
        double positionError = 0;
        for (int k = 0; k < 6; k++) {
            positionError = Math.max(positionError, Math.abs(state.position(k / 3, k % 3) - exact(k, state.time())));
        }
        return new double[] {positionError, energyError};
    }

    @Test
    void harmonicWellFollowsTheAnalyticSolution() {
        double[] e = errors(0.25);
        assertTrue(e[0] < 2e-4, "position error after 200 fs at dt = 0.25 fs: " + e[0] + " Å");
        // relative energy error of velocity Verlet on an oscillator is about (ω dt)²/4 ≈ 1.5e-4 here
        MdState start = MdState.create(new HarmonicWell(K, CENTRES), twoAtoms(), VELOCITIES);
        assertTrue(e[1] < 3e-4 * start.totalEnergy(), "energy error " + e[1] + " eV of " + start.totalEnergy());
    }

    @Test
    void errorsScaleAsTimeStepSquared() {
        double[] fine = errors(0.25);
        double[] coarse = errors(0.5);
        double positionRatio = coarse[0] / fine[0];
        double energyRatio = coarse[1] / fine[1];
        assertEquals(4.0, positionRatio, 0.3, "position error ratio when dt doubles");
        assertEquals(4.0, energyRatio, 0.3, "energy error ratio when dt doubles");
    }

    @Test
    void argonCrystalConservesEnergyAndMomentum() {
        Structure crystal = ArgonCrystal.fcc108();
        double[] v = MaxwellBoltzmann.velocities(crystal, 40.0, 11);
        MdState state = MdState.create(BruteForceLennardJones.argon(ArgonCrystal.CUTOFF), crystal, v);
        MolecularDynamics md = new MolecularDynamics(new VelocityVerlet(5.0), 10);
        double e0 = state.totalEnergy();
        double[] maxDeviation = {0};
        MdRunResult run = md.run(state, 3000, (record, s) -> {
            maxDeviation[0] = Math.max(maxDeviation[0], Math.abs(record.totalEnergy() - e0));
            return ObserverAction.CONTINUE;
        });
        assertTrue(run.completed());
        double perAtom = maxDeviation[0] / crystal.size();
        double drift = Math.abs(run.last().totalEnergy() - e0) / crystal.size();
        // 15 ps at dt = 5 fs (τ_LJ/430): measured 2.2e-6 eV/atom fluctuation, 1.3e-6 at the end
        // (dt = 10 fs gives 5.8e-6, so the bound notices a time step twice too large)
        assertTrue(perAtom < 5e-6, "max |E(t) − E(0)| = " + perAtom + " eV/atom");
        assertTrue(drift < 3e-6, "|E(end) − E(0)| = " + drift + " eV/atom");
        double[] p = state.momentum();
        for (int c = 0; c < 3; c++) {
            assertEquals(0.0, p[c], 1e-9, "total momentum component " + c + " (amu Å/fs)");
        }
        double temperature = run.last().temperature();
        assertTrue(temperature > 10 && temperature < 40, "a crystal started at 40 K shares energy with its potential: " + temperature);
    }

    @Test
    void degreesOfFreedomExcludeTheCentreOfMass() {
        VelocityVerlet verlet = new VelocityVerlet(1.0);
        assertEquals(3 * 64 - 3, verlet.degreesOfFreedom(64));
        assertEquals(3, verlet.degreesOfFreedom(1));
    }

    @Test
    void rejectsBadTimeSteps() {
        assertThrows(IllegalArgumentException.class, () -> new VelocityVerlet(0));
        assertThrows(IllegalArgumentException.class, () -> new VelocityVerlet(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new VelocityVerlet(-1));
    }
}
