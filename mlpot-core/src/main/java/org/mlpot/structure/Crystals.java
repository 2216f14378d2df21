package org.mlpot.structure;

import java.util.Collections;
import java.util.Objects;

/**
 * Ideal crystals in their conventional cubic cells, as ASE's {@code bulk(..., cubic=True)} builds
 * them; use {@link Structure#supercell} for larger cells.
 */
public final class Crystals {
    private static final double[][] FCC = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
    private static final double[][] DIAMOND = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},
        {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}};

    private Crystals() {
    }

    /** The 8-atom cubic cell of the diamond structure with lattice constant {@code a} Å (Si: 5.431). */
    public static Structure diamond(Element element, double a) {
        return cubic(element, a, DIAMOND);
    }

    /** The 4-atom cubic cell of the face-centred cubic structure with lattice constant {@code a} Å. */
    public static Structure fcc(Element element, double a) {
        return cubic(element, a, FCC);
    }

    private static Structure cubic(Element element, double a, double[][] basis) {
        Objects.requireNonNull(element, "element is null");
        if (!(a > 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("the lattice constant must be positive, got " + a);
        }
        double[] p = new double[3 * basis.length];
        for (int i = 0; i < basis.length; i++) {
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = basis[i][c] * a;
            }
        }
        Cell cell = Cell.periodic(new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}});
        return Structure.of(Collections.nCopies(basis.length, element), p, cell);
    }
}
