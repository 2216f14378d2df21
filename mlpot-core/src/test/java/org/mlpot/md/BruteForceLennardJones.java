package org.mlpot.md;

import java.util.EnumSet;
import java.util.Set;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Test potential: Lennard-Jones {@code 4ε[(σ/r)¹² − (σ/r)⁶]} summed over all pairs, O(N²).
 *
 * <p>With a finite cutoff it is force-shifted, {@code E(r) − E(rc) − (r − rc) E'(rc)}, so energy and
 * force both go to zero continuously at rc (good energy conservation), and it needs either no cell
 * or a fully periodic cubic cell of side at least 2 rc (minimum image). With an infinite cutoff it is
 * the plain potential, for structures without a cell.
 */
final class BruteForceLennardJones implements Potential {
    private final double epsilon;
    private final double sigma;
    private final double cutoff;
    private final double energyAtCutoff;
    private final double slopeAtCutoff;
    private final boolean shifted;

    BruteForceLennardJones(double epsilon, double sigma, double cutoff) {
        this.epsilon = epsilon;
        this.sigma = sigma;
        this.cutoff = cutoff;
        this.shifted = !Double.isInfinite(cutoff);
        if (!shifted) {
            energyAtCutoff = 0;
            slopeAtCutoff = 0;
        } else {
            energyAtCutoff = plainEnergy(cutoff);
            slopeAtCutoff = plainSlope(cutoff);
        }
    }

    /** Argon (ε = 0.0104 eV, σ = 3.4 Å) with the given cutoff, Å. */
    static BruteForceLennardJones argon(double cutoff) {
        return new BruteForceLennardJones(0.0104, 3.4, cutoff);
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        double side = cubicSide(structure.cell());
        int n = structure.size();
        double[] x = structure.positions();
        double[] forces = new double[3 * n];
        double energy = 0;
        double cutoff2 = cutoff * cutoff;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = x[3 * j] - x[3 * i];
                double dy = x[3 * j + 1] - x[3 * i + 1];
                double dz = x[3 * j + 2] - x[3 * i + 2];
                if (side > 0) {
                    dx -= side * Math.rint(dx / side);
                    dy -= side * Math.rint(dy / side);
                    dz -= side * Math.rint(dz / side);
                }
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 >= cutoff2) {
                    continue;
                }
                double r = Math.sqrt(r2);
                energy += plainEnergy(r);
                if (shifted) {
                    energy -= energyAtCutoff + (r - cutoff) * slopeAtCutoff;
                }
                double dEdr = plainSlope(r) - slopeAtCutoff;
                double g = dEdr / r; // force on j is −dE/dr · (r_j − r_i)/r
                forces[3 * j] -= g * dx;
                forces[3 * j + 1] -= g * dy;
                forces[3 * j + 2] -= g * dz;
                forces[3 * i] += g * dx;
                forces[3 * i + 1] += g * dy;
                forces[3 * i + 2] += g * dz;
            }
        }
        return new Result(energy, forces, null, null, null);
    }

    private double plainEnergy(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (s6 * s6 - s6);
    }

    private double plainSlope(double r) {
        double s6 = Math.pow(sigma / r, 6);
        return 4 * epsilon * (-12 * s6 * s6 + 6 * s6) / r;
    }

    /** The side of a cubic fully periodic cell, or 0 without a cell. */
    private double cubicSide(Cell cell) {
        if (!cell.hasVectors()) {
            return 0;
        }
        double side = cell.get(0, 0);
        boolean cubic = cell.fullyPeriodic() && cell.get(1, 1) == side && cell.get(2, 2) == side
                && cell.get(0, 1) == 0 && cell.get(0, 2) == 0 && cell.get(1, 0) == 0
                && cell.get(1, 2) == 0 && cell.get(2, 0) == 0 && cell.get(2, 1) == 0;
        if (!cubic || !(2 * cutoff <= side)) {
            throw new IllegalArgumentException("test LJ needs a periodic cubic cell of side >= 2 rc, got " + cell);
        }
        return side;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public Set<Element> elements() {
        return EnumSet.allOf(Element.class);
    }

    @Override
    public String name() {
        return "test:lj-brute-force";
    }
}
