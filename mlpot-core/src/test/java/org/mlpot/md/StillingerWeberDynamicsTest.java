package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpot.potential.builtin.StillingerWeber;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** MD and FIRE with the real Stillinger–Weber silicon, 64 atoms (2×2×2 conventional cells). */
class StillingerWeberDynamicsTest {
    private static final StillingerWeber SW = StillingerWeber.silicon();

    static Structure silicon64() {
        return Crystals.diamond(Element.Si, 5.431).supercell(2, 2, 2);
    }

    /**
     * Energy drift is the linear trend of the total energy over the run (least-squares slope times
     * the duration), per atom; the fluctuation about it is the O(dt²) shadow-Hamiltonian error of
     * velocity Verlet, bounded separately.
     */
    @Test
    void velocityVerletConservesEnergyOverTenThousandSteps() {
        Structure si = silicon64();
        MdState state = MdState.create(SW, si, MaxwellBoltzmann.velocities(si, 1000, 17));
        double start = state.totalEnergy();
        int samples = 1001;
        double[] time = new double[samples];
        double[] total = new double[samples];
        int[] count = {0};
        MdRunResult result = new MolecularDynamics(new VelocityVerlet(1.0), 10).run(state, 10_000, (record, live) -> {
            time[count[0]] = record.time();
            total[count[0]] = record.totalEnergy();
            count[0]++;
            return ObserverAction.CONTINUE;
        });
        assertTrue(result.completed());
        assertEquals(samples, count[0]);
        double meanT = 0;
        double meanE = 0;
        for (int k = 0; k < samples; k++) {
            meanT += time[k] / samples;
            meanE += total[k] / samples;
        }
        double covariance = 0;
        double variance = 0;
        double worst = 0;
        for (int k = 0; k < samples; k++) {
            covariance += (time[k] - meanT) * (total[k] - meanE);
            variance += (time[k] - meanT) * (time[k] - meanT);
            worst = Math.max(worst, Math.abs(total[k] - start) / si.size());
        }
        double drift = Math.abs(covariance / variance * (time[samples - 1] - time[0])) / si.size();
        System.out.printf("SW NVE 64 atoms, 10^4 x 1 fs from 1000 K: drift %.3e eV/atom over 10 ps, "
                + "largest deviation from the start %.3e eV/atom, final T %.1f K%n", drift, worst, result.last().temperature());
        assertTrue(drift < 1e-4, "NVE drift over 10 ps: " + drift + " eV/atom");
        assertTrue(worst < 3e-4, "largest deviation of the total energy: " + worst + " eV/atom");
        assertTrue(result.last().temperature() > 300, "the crystal should be hot, T = " + result.last().temperature());
    }

    @Test
    void langevinHoldsTheTargetTemperature() {
        Structure si = silicon64();
        double target = 800;
        MdState state = MdState.create(SW, si, MaxwellBoltzmann.velocities(si, target, 3));
        Langevin langevin = new Langevin(1.0, target, 0.02, 5);
        MolecularDynamics md = new MolecularDynamics(langevin, 1);
        md.run(state, 1000); // equilibrate: 20 damping times
        double[] sum = {0};
        long[] count = {0};
        md.run(state, 8000, (record, live) -> {
            sum[0] += record.temperature();
            count[0]++;
            return ObserverAction.CONTINUE;
        });
        double mean = sum[0] / count[0];
        System.out.printf("SW Langevin 64 atoms, target %.0f K: mean %.2f K over 8 ps%n", target, mean);
        assertEquals(target, mean, 0.05 * target, "mean temperature over 8 ps");
    }

    @Test
    void fireRelaxesAPerturbedCrystal() {
        Structure si = silicon64();
        Random random = new Random(9);
        double[] p = si.positions();
        for (int k = 0; k < p.length; k++) {
            p[k] += 0.1 * (2 * random.nextDouble() - 1);
        }
        MinimizationResult result = new Fire().minimize(SW, si.withPositions(p), 1e-4, 5000);
        assertTrue(result.converged(), "FIRE did not converge: " + result.outcome() + ", fmax " + result.maxForce());
        assertTrue(result.maxForce() < 1e-4);
        // LAMMPS: -277.542399682545 eV for the perfect 64-atom crystal
        assertEquals(-277.542399682545 / 64, result.energy() / si.size(), 1e-7, "relaxes back to diamond");
    }
}
