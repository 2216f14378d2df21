package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.structure.Element;

/**
 * Type 20, compact radial (n2p2's {@code SymFncCompRad}, Bircher et al. 2021):
 * {@code G = Σ_{j∈neighbor, rl<r_ij<rc} C(r_ij)}, with {@code C} the
 * {@link org.mlpot.descriptor.cutoff.CompactFunction} of the shape on {@code [rl, rc]}. With
 * {@code rl = −rc} it is a plain cutoff function of radius rc. Settings line:
 * {@code symfunction_short ec 20 e1 rl rc subtype}.
 *
 * @param centre the centre element
 * @param neighbor the neighbour element counted
 * @param rl the left end of the support, Å (may be negative)
 * @param rc the right end (cutoff radius), Å
 * @param shape the core function (n2p2 subtype such as p2)
 */
public record CompactRadial(Element centre, Element neighbor, double rl, double rc, CompactShape shape)
        implements SymmetryFunction {

    /** Checks the arguments. */
    public CompactRadial {
        Checks.element(centre, "centre");
        Checks.element(neighbor, "neighbor");
        Checks.radialRange(rl, rc);
        Objects.requireNonNull(shape, "shape is null");
    }

    @Override
    public int type() {
        return 20;
    }

    @Override
    public boolean dependsOn(Element e) {
        return e == neighbor;
    }

    @Override
    public boolean isAngular() {
        return false;
    }

    @Override
    public String settingsLine() {
        return "symfunction_short " + centre.symbol() + " 20 " + neighbor.symbol() + " " + Checks.number(rl) + " "
                + Checks.number(rc) + " " + shape.n2p2Name();
    }

    @Override
    public CompactRadial withLengthsScaled(double factor) {
        return new CompactRadial(centre, neighbor, rl * factor, rc * factor, shape);
    }
}
