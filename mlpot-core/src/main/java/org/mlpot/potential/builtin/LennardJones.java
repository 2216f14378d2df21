package org.mlpot.potential.builtin;

import java.util.Objects;
import java.util.Set;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The Lennard-Jones pair potential for one element, truncated at a cutoff with its energy and force
 * both shifted to zero there (the "shifted-force" form, LAMMPS' {@code lj/sf}), so that energies
 * and forces are continuous and MD conserves energy:
 *
 * <pre>
 * φ(r)  = 4ε [(σ/r)^12 − (σ/r)^6]
 * φsf(r) = φ(r) − φ(rc) − (r − rc) φ'(rc)   for r &lt; rc, else 0
 * </pre>
 *
 * Each atom gets half of each of its pair energies. Immutable and thread-safe.
 *
 * @param element the element
 * @param epsilon well depth ε, eV
 * @param sigma σ, Å
 * @param cutoff rc, Å
 */
public record LennardJones(Element element, double epsilon, double sigma, double cutoff) implements Potential {

    /** Checks the parameters. */
    public LennardJones {
        Objects.requireNonNull(element, "element is null");
        if (!(epsilon > 0 && sigma > 0 && cutoff > sigma) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("Lennard-Jones needs epsilon > 0, sigma > 0 and a finite cutoff > sigma");
        }
    }

    /** Argon: ε/k_B = 119.8 K (0.010324 eV), σ = 3.405 Å (Rahman 1964), cut at 2.5σ = 8.5125 Å. */
    public static LennardJones argon() {
        return new LennardJones(Element.Ar, 119.8 * org.mlpot.units.Units.BOLTZMANN, 3.405, 2.5 * 3.405);
    }

    @Override
    public Set<Element> elements() {
        return Set.of(element);
    }

    @Override
    public String name() {
        return element == Element.Ar ? BuiltinPotentials.LJ_AR : "Lennard-Jones " + element.symbol();
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        int n = structure.size();
        NeighborList list = NeighborList.half(structure, cutoff);
        double[] atomEnergies = new double[n];
        double[] forces = new double[3 * n];
        double[] strainDerivative = new double[9];
        double phiCut = phi(cutoff);
        double dphiCut = dphi(cutoff);
        for (int i = 0; i < n; i++) {
            for (int k = list.start(i); k < list.end(i); k++) {
                double r = list.distance(k);
                double energy = phi(r) - phiCut - (r - cutoff) * dphiCut;
                atomEnergies[i] += 0.5 * energy;
                atomEnergies[list.neighbor(k)] += 0.5 * energy;
                double scale = (dphi(r) - dphiCut) / r;
                double dx = list.dx(k);
                double dy = list.dy(k);
                double dz = list.dz(k);
                DisplacementGradient.apply(list.neighbor(k), i, scale * dx, scale * dy, scale * dz, dx, dy, dz,
                        forces, strainDerivative);
            }
        }
        return Result.assemble(structure, properties, atomEnergies, forces, strainDerivative);
    }

    private double phi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (s6 * s6 - s6);
    }

    private double dphi(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (-12 * s6 * s6 + 6 * s6) / r;
    }
}
