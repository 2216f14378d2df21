package org.mlpot.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

class MaxwellBoltzmannTest {

    /** 2000 atoms, alternately H (1.008 amu) and Ar (39.948 amu), on a loose grid; no cell. */
    private static Structure mixedGas() {
        int n = 2000;
        Element[] species = new Element[n];
        double[] masses = new double[n];
        double[] x = new double[3 * n];
        for (int i = 0; i < n; i++) {
            species[i] = i % 2 == 0 ? Element.H : Element.Ar;
            masses[i] = species[i].mass();
            x[3 * i] = 3.0 * (i % 10);
            x[3 * i + 1] = 3.0 * (i / 10 % 10);
            x[3 * i + 2] = 3.0 * (i / 100);
        }
        return Structure.of(species, x, masses, Cell.none());
    }

    @Test
    void givesExactlyTheTemperatureWithZeroMomentum() {
        Structure crystal = ArgonCrystal.fcc108();
        double[] v = MaxwellBoltzmann.velocities(crystal, 300.0, 42);
        MdState state = MdState.create(new HarmonicWell(0.0, crystal.positions()), crystal, v);
        assertEquals(300.0, state.temperature(3 * 108 - 3), 1e-9, "temperature over 3N − 3 degrees of freedom (K)");
        assertEquals(300.0, state.temperature(new VelocityVerlet(1).degreesOfFreedom(108)), 1e-9);
        double[] p = MaxwellBoltzmann.totalMomentum(crystal, v);
        for (int c = 0; c < 3; c++) {
            assertEquals(0.0, p[c], 1e-12, "momentum component " + c + " (amu Å/fs)");
        }
    }

    @Test
    void sharesEnergyEquallyBetweenLightAndHeavyAtoms() {
        Structure gas = mixedGas();
        double[] v = MaxwellBoltzmann.velocities(gas, 500.0, 3);
        double[] kinetic = new double[2];
        double lightSpeed2 = 0;
        double heavySpeed2 = 0;
        for (int i = 0; i < gas.size(); i++) {
            double v2 = v[3 * i] * v[3 * i] + v[3 * i + 1] * v[3 * i + 1] + v[3 * i + 2] * v[3 * i + 2];
            kinetic[i % 2] += 0.5 * gas.mass(i) * v2 * Units.KINETIC_ENERGY;
            if (i % 2 == 0) {
                lightSpeed2 += v2;
            } else {
                heavySpeed2 += v2;
            }
        }
        double expected = 1.5 * Units.BOLTZMANN * 500.0 * 1000; // per species, 1000 atoms each
        // standard error of each sum is sqrt(2/3000) ≈ 2.6 %: 10 % is four standard errors
        assertEquals(1.0, kinetic[0] / expected, 0.10, "kinetic energy of the H atoms over its expectation");
        assertEquals(1.0, kinetic[1] / expected, 0.10, "kinetic energy of the Ar atoms over its expectation");
        assertEquals(Element.Ar.mass() / Element.H.mass(), lightSpeed2 / heavySpeed2, 0.15 * 39.6,
                "mean square speeds go as 1/m");
    }

    @Test
    void isDeterministicInTheSeed() {
        Structure crystal = ArgonCrystal.fcc108();
        assertArrayEquals(MaxwellBoltzmann.velocities(crystal, 100, 5), MaxwellBoltzmann.velocities(crystal, 100, 5));
        assertFalse(Arrays.equals(MaxwellBoltzmann.velocities(crystal, 100, 5), MaxwellBoltzmann.velocities(crystal, 100, 6)));
    }

    @Test
    void zeroTemperatureGivesRest() {
        double[] v = MaxwellBoltzmann.velocities(ArgonCrystal.fcc108(), 0.0, 1);
        assertTrue(Arrays.stream(v).allMatch(c -> c == 0.0));
    }

    @Test
    void rejectsImpossibleRequests() {
        Structure crystal = ArgonCrystal.fcc108();
        assertThrows(IllegalArgumentException.class, () -> MaxwellBoltzmann.velocities(crystal, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> MaxwellBoltzmann.velocities(crystal, Double.NaN, 1));
        Structure single = Structure.of(java.util.List.of(Element.Ar), new double[3], Cell.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaxwellBoltzmann.velocities(single, 300, 1));
        assertTrue(e.getMessage().contains("at least two atoms"), e.getMessage());
    }

    @Test
    void removeMomentumZeroesIt() {
        Structure gas = mixedGas();
        double[] v = new double[3 * gas.size()];
        Arrays.fill(v, 0.01);
        MaxwellBoltzmann.removeMomentum(gas, v);
        double[] p = MaxwellBoltzmann.totalMomentum(gas, v);
        assertArrayEquals(new double[3], p, 1e-10);
    }
}
