package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Type 12, weighted radial (n2p2's {@code SymFncExpRadWeighted}, Gastegger et al. 2018): every
 * neighbour counts, weighted by its atomic number,
 * {@code G = Σ_{j, r_ij<rc} Z_j exp(−eta (r_ij − rs)²) f_c(r_ij)}.
 * Settings line: {@code symfunction_short ec 12 eta rs rc}.
 *
 * @param centre the centre element
 * @param eta the Gaussian width, 1/Å² (≥ 0)
 * @param rs the Gaussian centre, Å
 * @param rc the cutoff radius, Å
 * @param cutoff the cutoff function's type and α
 */
public record ExpRadialWeighted(Element centre, double eta, double rs, double rc, CutoffShape cutoff)
        implements SymmetryFunction {

    /** Checks the arguments. */
    public ExpRadialWeighted {
        Checks.element(centre, "centre");
        Checks.eta(eta);
        Checks.finite(rs, "rs");
        Checks.radius(rc);
        Objects.requireNonNull(cutoff, "cutoff is null");
    }

    @Override
    public int type() {
        return 12;
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
        return "symfunction_short " + centre.symbol() + " 12 " + Checks.number(eta) + " " + Checks.number(rs) + " "
                + Checks.number(rc);
    }

    @Override
    public ExpRadialWeighted withLengthsScaled(double factor) {
        return new ExpRadialWeighted(centre, eta / (factor * factor), rs * factor, rc * factor, cutoff);
    }
}
