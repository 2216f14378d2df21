package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.structure.Element;

/**
 * Type 24, weighted compact narrow angular (n2p2's {@code SymFncCompAngnWeighted}): every unordered neighbour
 * pair {j, k} counts, weighted by the product of their atomic numbers,
 * {@code G = Σ_{j<k} Z_j Z_k C(r_ij) C(r_ik) C(r_jk) A(θ_ijk)}, with rl &lt; r_ij, r_ik &lt; rc, and also rl &lt; r_jk &lt; rc;
 * {@code C} and {@code A} as in {@link CompactAngularNarrow}.
 * Settings line: {@code symfunction_short ec 24 rl rc angleLeft angleRight subtype}.
 *
 * @param centre the centre element
 * @param rl the left end of the radial support, Å
 * @param rc the right end (cutoff radius), Å
 * @param angleLeft the left end of the angle interval, degrees
 * @param angleRight the right end of the angle interval, degrees
 * @param shape the core function (n2p2 subtype such as p2)
 */
public record CompactAngularNarrowWeighted(Element centre, double rl, double rc, double angleLeft, double angleRight, CompactShape shape)
        implements SymmetryFunction {

    /** Checks the arguments, with n2p2's rules for the angles. */
    public CompactAngularNarrowWeighted {
        Checks.element(centre, "centre");
        Checks.radialRange(rl, rc);
        Checks.angles(angleLeft, angleRight);
        Objects.requireNonNull(shape, "shape is null");
    }

    @Override
    public int type() {
        return 24;
    }

    @Override
    public boolean dependsOn(Element e) {
        return true;
    }

    @Override
    public boolean isAngular() {
        return true;
    }

    @Override
    public String settingsLine() {
        return "symfunction_short " + centre.symbol() + " 24 " + Checks.number(rl) + " " + Checks.number(rc) + " "
                + Checks.number(angleLeft) + " " + Checks.number(angleRight) + " " + shape.n2p2Name();
    }

    @Override
    public CompactAngularNarrowWeighted withLengthsScaled(double factor) {
        return new CompactAngularNarrowWeighted(centre, rl * factor, rc * factor, angleLeft, angleRight, shape);
    }
}
