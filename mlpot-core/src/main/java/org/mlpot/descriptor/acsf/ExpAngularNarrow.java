package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Type 3, narrow angular (n2p2's {@code SymFncExpAngn}):
 * {@code G = 2^(1−ζ) Σ_{j<k} (1 + λ cos θ_ijk)^ζ · exp(−eta [(r_ij − rs)² + (r_ik − rs)²]) f_c(r_ij) f_c(r_ik) · exp(−eta (r_jk − rs)²) f_c(r_jk)},
 * summed once over every unordered pair of neighbours {j, k} whose elements are {neighbor1, neighbor2}
 * (both within rc; pairs also need {@code r_jk < rc}). A term is 0 where {@code 1 + λ cos θ ≤ 0}; integer ζ uses an integer power.
 * Settings line: {@code symfunction_short ec 3 e1 e2 eta lambda zeta rc rs} (rs optional, default 0).
 *
 * @param centre the centre element
 * @param neighbor1 one neighbour element (the lower atomic number of the two; swapped into place)
 * @param neighbor2 the other neighbour element
 * @param eta the Gaussian width, 1/Å² (≥ 0)
 * @param lambda the angle prefactor λ (usually ±1)
 * @param zeta the angle exponent ζ (positive)
 * @param rc the cutoff radius, Å
 * @param rs the Gaussian centre, Å
 * @param cutoff the cutoff function's type and α
 */
public record ExpAngularNarrow(Element centre, Element neighbor1, Element neighbor2, double eta, double lambda, double zeta,
                   double rc, double rs, CutoffShape cutoff) implements SymmetryFunction {

    /** Checks the arguments and orders the neighbour elements by atomic number. */
    public ExpAngularNarrow {
        Checks.element(centre, "centre");
        Checks.element(neighbor1, "neighbor1");
        Checks.element(neighbor2, "neighbor2");
        Checks.eta(eta);
        Checks.finite(lambda, "lambda");
        Checks.zeta(zeta);
        Checks.radius(rc);
        Checks.finite(rs, "rs");
        Objects.requireNonNull(cutoff, "cutoff is null");
        if (neighbor1.compareTo(neighbor2) > 0) {
            Element swap = neighbor1;
            neighbor1 = neighbor2;
            neighbor2 = swap;
        }
    }

    @Override
    public int type() {
        return 3;
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
        return "symfunction_short " + centre.symbol() + " 3 " + neighbor1.symbol() + " " + neighbor2.symbol() + " "
                + Checks.number(eta) + " " + Checks.number(lambda) + " " + Checks.number(zeta) + " " + Checks.number(rc)
                + " " + Checks.number(rs);
    }

    @Override
    public ExpAngularNarrow withLengthsScaled(double factor) {
        return new ExpAngularNarrow(centre, neighbor1, neighbor2, eta / (factor * factor), lambda, zeta, rc * factor, rs * factor,
                cutoff);
    }
}
