package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Type 13, weighted narrow angular (n2p2's {@code SymFncExpAngnWeighted}, Gastegger et al. 2018):
 * every unordered neighbour pair {j, k} counts, weighted by the product of their atomic numbers,
 * {@code G = 2^(1−ζ) Σ_{j<k} Z_j Z_k (1 + λ cos θ_ijk)^ζ exp(−eta [(r_ij − rs)² + (r_ik − rs)² + (r_jk − rs)²])
 * f_c(r_ij) f_c(r_ik) f_c(r_jk)}, with r_ij, r_ik, r_jk &lt; rc. A term is 0 where
 * {@code 1 + λ cos θ ≤ 0}. Settings line: {@code symfunction_short ec 13 eta rs lambda zeta rc}.
 *
 * @param centre the centre element
 * @param eta the Gaussian width, 1/Å² (≥ 0)
 * @param rs the Gaussian centre, Å
 * @param lambda the angle prefactor λ
 * @param zeta the angle exponent ζ (positive)
 * @param rc the cutoff radius, Å
 * @param cutoff the cutoff function's type and α
 */
public record ExpAngularNarrowWeighted(Element centre, double eta, double rs, double lambda, double zeta, double rc,
                                       CutoffShape cutoff) implements SymmetryFunction {

    /** Checks the arguments. */
    public ExpAngularNarrowWeighted {
        Checks.element(centre, "centre");
        Checks.eta(eta);
        Checks.finite(rs, "rs");
        Checks.finite(lambda, "lambda");
        Checks.zeta(zeta);
        Checks.radius(rc);
        Objects.requireNonNull(cutoff, "cutoff is null");
    }

    @Override
    public int type() {
        return 13;
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
        return "symfunction_short " + centre.symbol() + " 13 " + Checks.number(eta) + " " + Checks.number(rs) + " "
                + Checks.number(lambda) + " " + Checks.number(zeta) + " " + Checks.number(rc);
    }

    @Override
    public ExpAngularNarrowWeighted withLengthsScaled(double factor) {
        return new ExpAngularNarrowWeighted(centre, eta / (factor * factor), rs * factor, lambda, zeta, rc * factor, cutoff);
    }
}
