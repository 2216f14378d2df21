package org.mlpot.potential.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpot.potential.AbstractPotentialContractTest;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class StillingerWeberTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return StillingerWeber.silicon();
    }

    @Override
    protected Structure periodicSample() {
        // a triclinic 8-atom cell, shaken: every term of the potential is exercised
        Structure s = Crystals.diamond(Element.Si, 5.431).strained(new double[][] {{0.02, 0.01, -0.015}, {0.01, -0.01, 0.02}, {-0.015, 0.02, 0.01}});
        return shaken(s, 0.15, 42);
    }

    static Structure shaken(Structure s, double amplitude, long seed) {
        Random random = new Random(seed);
        double[] p = s.positions();
        for (int k = 0; k < p.length; k++) {
            p[k] += amplitude * (2 * random.nextDouble() - 1);
        }
        return s.withPositions(p);
    }

    @Test
    void perfectDiamondHasTheKnownCohesiveEnergyAndNoForces() {
        // LAMMPS, Si.sw, a = 5.431 Å: −277.542399682545 eV for 64 atoms (../shared/data/si-sw, frame 0)
        Structure crystal = Crystals.diamond(Element.Si, 5.431).supercell(2, 2, 2);
        Result r = create().evaluate(crystal, EnumSet.of(Property.FORCES, Property.STRESS));
        assertEquals(-277.542399682545, r.energy(), 1e-6 * 64);
        for (double f : r.forces()) {
            assertEquals(0.0, f, 1e-10);
        }
        assertEquals(1.756070276306874e-05, r.stress().xx(), 1e-9);
        assertEquals(0.0, r.stress().xy(), 1e-12);
    }

    @Test
    void refusesOtherElements() {
        Structure carbon = Structure.of(List.of(Element.C), new double[3], Cell.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> create().evaluate(carbon, Set.of()));
        assertTrue(e.getMessage().contains("C") && e.getMessage().contains("Si"), e.getMessage());
    }

    @Test
    void isRegisteredAsBuiltin() {
        assertEquals("builtin:sw-si", BuiltinPotentials.find("builtin:sw-si").orElseThrow().name());
        assertEquals(3.77118, create().cutoff(), 1e-12);
    }
}
