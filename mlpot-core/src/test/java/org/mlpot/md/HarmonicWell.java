package org.mlpot.md;

import java.util.EnumSet;
import java.util.Set;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Test potential: every atom sits in its own isotropic harmonic well, {@code E = ½ k Σ |r_i − c_i|²}. */
final class HarmonicWell implements Potential {
    private final double stiffness;
    private final double[] centres;

    /**
     * @param stiffness k, eV/Å²
     * @param centres 3N well centres, Å; not modified
     */
    HarmonicWell(double stiffness, double[] centres) {
        this.stiffness = stiffness;
        this.centres = centres.clone();
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        double[] x = structure.positions();
        double[] forces = new double[x.length];
        double energy = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - centres[k];
            energy += 0.5 * stiffness * d * d;
            forces[k] = -stiffness * d;
        }
        return new Result(energy, forces, null, null, null);
    }

    @Override
    public double cutoff() {
        return 0;
    }

    @Override
    public Set<Element> elements() {
        return EnumSet.allOf(Element.class);
    }

    @Override
    public String name() {
        return "test:harmonic-well";
    }
}
