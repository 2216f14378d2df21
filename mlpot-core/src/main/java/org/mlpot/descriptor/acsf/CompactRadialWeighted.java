package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.structure.Element;

/**
 * Type 23, weighted compact radial (n2p2's {@code SymFncCompRadWeighted}): every neighbour counts,
 * weighted by its atomic number, {@code G = Σ_{j, rl<r_ij<rc} Z_j C(r_ij)}.
 * Settings line: {@code symfunction_short ec 23 rl rc subtype}.
 *
 * @param centre the centre element
 * @param rl the left end of the support, Å
 * @param rc the right end (cutoff radius), Å
 * @param shape the core function (n2p2 subtype such as p2)
 */
public record CompactRadialWeighted(Element centre, double rl, double rc, CompactShape shape) implements SymmetryFunction {

    /** Checks the arguments. */
    public CompactRadialWeighted {
        Checks.element(centre, "centre");
        Checks.radialRange(rl, rc);
        Objects.requireNonNull(shape, "shape is null");
    }

    @Override
    public int type() {
        return 23;
    }

    @Override
    public boolean dependsOn(Element e) {
        return true;
    }

    @Override
    public boolean isAngular() {
        return false;
    }

    @Override
    public String settingsLine() {
        return "symfunction_short " + centre.symbol() + " 23 " + Checks.number(rl) + " " + Checks.number(rc) + " "
                + shape.n2p2Name();
    }

    @Override
    public CompactRadialWeighted withLengthsScaled(double factor) {
        return new CompactRadialWeighted(centre, rl * factor, rc * factor, shape);
    }
}
