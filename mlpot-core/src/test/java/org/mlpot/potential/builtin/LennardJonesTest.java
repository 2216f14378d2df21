package org.mlpot.potential.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
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

class LennardJonesTest extends AbstractPotentialContractTest {

    @Override
    protected Potential create() {
        return LennardJones.argon();
    }

    @Override
    protected Structure periodicSample() {
        double a = 5.26; // fcc argon, made triclinic
        Structure fcc = Crystals.fcc(Element.Ar, a);
        Structure s = fcc.strained(new double[][] {{0, 0.02, -0.01}, {0.02, 0.02, 0.015}, {-0.01, 0.015, -0.02}});
        return StillingerWeberTest.shaken(s, 0.2, 7);
    }

    @Test
    void dimerEnergyAndForceMatchTheFormula() {
        LennardJones lj = LennardJones.argon();
        double r = 3.9;
        Structure dimer = Structure.of(List.of(Element.Ar, Element.Ar), new double[] {0, 0, 0, r, 0, 0}, Cell.none());
        Result result = lj.evaluate(dimer, EnumSet.of(Property.FORCES));
        double e = lj.epsilon();
        double s = lj.sigma();
        double rc = lj.cutoff();
        double phi = 4 * e * (Math.pow(s / r, 12) - Math.pow(s / r, 6));
        double phiC = 4 * e * (Math.pow(s / rc, 12) - Math.pow(s / rc, 6));
        double dphi = 4 * e * (-12 * Math.pow(s / r, 12) + 6 * Math.pow(s / r, 6)) / r;
        double dphiC = 4 * e * (-12 * Math.pow(s / rc, 12) + 6 * Math.pow(s / rc, 6)) / rc;
        assertEquals(phi - phiC - (r - rc) * dphiC, result.energy(), 1e-14);
        assertEquals(dphi - dphiC, result.forces()[0], 1e-14, "F_0 = +dφ/dr along x");
        assertEquals(-(dphi - dphiC), result.forces()[3], 1e-14);
        assertEquals(0.0, lj.evaluate(dimer.withPositions(new double[] {0, 0, 0, 9, 0, 0}), Set.of()).energy(), 0.0);
    }
}
