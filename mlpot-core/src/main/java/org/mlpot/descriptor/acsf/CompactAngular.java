package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CompactShape;
import org.mlpot.structure.Element;

/**
 * Type 21 (narrow, n2p2's {@code SymFncCompAngn}) or type 22 (wide, {@code SymFncCompAngw}) compact angular
 * function (Bircher et al. 2021):
 * <ul>
 * <li>narrow: {@code G = Σ_{j<k} C(r_ij) C(r_ik) C(r_jk) A(θ_ijk)}, with rl &lt; r_ij, r_ik &lt; rc, and also rl &lt; r_jk &lt; rc;</li>
 * <li>wide: {@code G = Σ_{j<k} C(r_ij) C(r_ik) A(θ_ijk)}, with rl &lt; r_ij, r_ik &lt; rc,</li>
 * </ul>
 * summed once over every unordered pair of neighbours {j, k} whose elements are {neighbor1, neighbor2}.
 * {@code C} is the compact function of the shape on {@code [rl, rc]}; {@code A} the symmetric
 * compact function of the same core on {@code [angleLeft, angleRight]} (in radians), and
 * {@code θ = acos(cos θ)}: pairs with {@code |cos θ| ≥ 1} or θ outside the interval do not count. As in
 * n2p2, a function whose angle interval is centred on 0° or 180° (not 0 there) therefore jumps at exactly
 * collinear triples, which periodic images of the centre and inversion centres of crystals produce.
 * Settings line: {@code symfunction_short ec 21 e1 e2 rl rc angleLeft angleRight subtype} (narrow) or
 * {@code symfunction_short ec 22 e1 e2 rl rc angleLeft angleRight subtype} (wide).
 *
 * @param kind narrow (type 21) or wide (type 22)
 * @param centre the centre element
 * @param neighbor1 one neighbour element (the lower atomic number of the two; swapped into place)
 * @param neighbor2 the other neighbour element
 * @param rl the left end of the radial support, Å
 * @param rc the right end (cutoff radius), Å
 * @param angleLeft the left end of the angle interval, degrees
 * @param angleRight the right end of the angle interval, degrees
 * @param shape the core function (n2p2 subtype such as p2)
 */
public record CompactAngular(AngularKind kind, Element centre, Element neighbor1, Element neighbor2, double rl, double rc,
                             double angleLeft, double angleRight, CompactShape shape) implements SymmetryFunction {

    /** Checks the arguments (with n2p2's rules for the angles) and orders the neighbour elements. */
    public CompactAngular {
        Objects.requireNonNull(kind, "kind is null");
        Checks.element(centre, "centre");
        Checks.element(neighbor1, "neighbor1");
        Checks.element(neighbor2, "neighbor2");
        Checks.radialRange(rl, rc);
        Checks.angles(angleLeft, angleRight);
        Objects.requireNonNull(shape, "shape is null");
        if (neighbor1.compareTo(neighbor2) > 0) {
            Element swap = neighbor1;
            neighbor1 = neighbor2;
            neighbor2 = swap;
        }
    }

    /** 21 for narrow, 22 for wide. */
    @Override
    public int type() {
        return kind == AngularKind.NARROW ? 21 : 22;
    }

    @Override
    public boolean dependsOn(Element e) {
        return e == neighbor1 || e == neighbor2;
    }

    @Override
    public boolean isAngular() {
        return true;
    }

    @Override
    public String settingsLine() {
        return "symfunction_short " + centre.symbol() + " " + type() + " " + neighbor1.symbol() + " " + neighbor2.symbol() + " "
                + Checks.number(rl) + " " + Checks.number(rc) + " " + Checks.number(angleLeft) + " "
                + Checks.number(angleRight) + " " + shape.n2p2Name();
    }

    @Override
    public CompactAngular withLengthsScaled(double factor) {
        return new CompactAngular(kind, centre, neighbor1, neighbor2, rl * factor, rc * factor, angleLeft, angleRight, shape);
    }
}
