package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Type 2, radial (n2p2's {@code SymFncExpRad}):
 * {@code G = Σ_{j∈neighbor, r_ij<rc} exp(−eta (r_ij − rs)²) f_c(r_ij)}.
 * Settings line: {@code symfunction_short ec 2 e1 eta rs rc}.
 *
 * @param centre the centre element
 * @param neighbor the neighbour element counted
 * @param eta the Gaussian width, 1/Å² (≥ 0)
 * @param rs the Gaussian centre, Å
 * @param rc the cutoff radius, Å
 * @param cutoff the cutoff function's type and α
 */
public record ExpRadial(Element centre, Element neighbor, double eta, double rs, double rc, CutoffShape cutoff)
        implements SymmetryFunction {

    /** Checks the arguments. */
    public ExpRadial {
        Checks.element(centre, "centre");
        Checks.element(neighbor, "neighbor");
        Checks.eta(eta);
        Checks.finite(rs, "rs");
        Checks.radius(rc);
        Objects.requireNonNull(cutoff, "cutoff is null");
    }

    @Override
    public int type() {
        return 2;
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
        return "symfunction_short " + centre.symbol() + " 2 " + neighbor.symbol() + " " + Checks.number(eta) + " "
                + Checks.number(rs) + " " + Checks.number(rc);
    }

    @Override
    public ExpRadial withLengthsScaled(double factor) {
        return new ExpRadial(centre, neighbor, eta / (factor * factor), rs * factor, rc * factor, cutoff);
    }
}
