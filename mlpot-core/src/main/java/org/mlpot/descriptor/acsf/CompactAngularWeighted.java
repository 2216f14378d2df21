package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.structure.Element;

/**
 * Type 24 (narrow, n2p2's {@code SymFncCompAngnWeighted}) or type 25 (wide, {@code SymFncCompAngwWeighted})
 * weighted compact angular function: every unordered neighbour pair {j, k} counts, weighted by the product
 * of their atomic numbers,
 * <ul>
 * <li>narrow: {@code G = Σ_{j<k} Z_j Z_k C(r_ij) C(r_ik) C(r_jk) A(θ_ijk)}, with rl &lt; r_ij, r_ik &lt; rc, and also rl &lt; r_jk &lt; rc;</li>
 * <li>wide: {@code G = Σ_{j<k} Z_j Z_k C(r_ij) C(r_ik) A(θ_ijk)}, with rl &lt; r_ij, r_ik &lt; rc;</li>
 * </ul>
 * {@code C} and {@code A} as in {@link CompactAngular}.
 * Settings line: {@code symfunction_short ec 24 rl rc angleLeft angleRight subtype} (narrow) or
 * {@code symfunction_short ec 25 rl rc angleLeft angleRight subtype} (wide).
 *
 * @param kind narrow (type 24) or wide (type 25)
 * @param centre the centre element
 * @param rl the left end of the radial support, Å
 * @param rc the right end (cutoff radius), Å
 * @param angleLeft the left end of the angle interval, degrees
 * @param angleRight the right end of the angle interval, degrees
 * @param shape the core function (n2p2 subtype such as p2)
 */
public record CompactAngularWeighted(AngularKind kind, Element centre, double rl, double rc, double angleLeft, double angleRight,
                                     CompactShape shape) implements SymmetryFunction {

    /** Checks the arguments, with n2p2's rules for the angles. */
    public CompactAngularWeighted {
        Objects.requireNonNull(kind, "kind is null");
        Checks.element(centre, "centre");
        Checks.radialRange(rl, rc);
        Checks.angles(angleLeft, angleRight);
        Objects.requireNonNull(shape, "shape is null");
    }

    /** 24 for narrow, 25 for wide. */
    @Override
    public int type() {
        return kind == AngularKind.NARROW ? 24 : 25;
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
        return "symfunction_short " + centre.symbol() + " " + type() + " " + Checks.number(rl) + " " + Checks.number(rc) + " "
                + Checks.number(angleLeft) + " " + Checks.number(angleRight) + " " + shape.n2p2Name();
    }

    @Override
    public CompactAngularWeighted withLengthsScaled(double factor) {
        return new CompactAngularWeighted(kind, centre, rl * factor, rc * factor, angleLeft, angleRight, shape);
    }
}
