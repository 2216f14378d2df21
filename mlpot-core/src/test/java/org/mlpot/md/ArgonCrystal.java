package org.mlpot.md;

import java.util.Collections;
import java.util.SplittableRandom;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Test structures: face-centred cubic argon. */
final class ArgonCrystal {
    /** Lattice constant used by the tests, Å (close to the LJ minimum of argon). */
    static final double LATTICE_CONSTANT = 5.30;
    /** Cutoff that fits a 3×3×3 supercell (side 15.9 Å) with minimum image: 2.3 σ, Å. */
    static final double CUTOFF = 7.82;

    private ArgonCrystal() {
    }

    /** The 108-atom 3×3×3 conventional supercell of fcc argon. */
    static Structure fcc108() {
        double a = LATTICE_CONSTANT;
        double[] basis = {0, 0, 0, 0, a / 2, a / 2, a / 2, 0, a / 2, a / 2, a / 2, 0};
        Structure unit = Structure.of(Collections.nCopies(4, Element.Ar), basis,
                Cell.fromLengthsAndAngles(a, a, a, 90, 90, 90));
        return unit.supercell(3, 3, 3);
    }

    /** The structure with every coordinate moved by a uniform random amount in [−amplitude, amplitude] Å. */
    static Structure perturbed(Structure structure, double amplitude, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = structure.positions();
        for (int k = 0; k < x.length; k++) {
            x[k] += amplitude * (2 * random.nextDouble() - 1);
        }
        return structure.withPositions(x);
    }
}
