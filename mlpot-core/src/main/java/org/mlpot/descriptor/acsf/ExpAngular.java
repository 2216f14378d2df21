package org.mlpot.descriptor.acsf;

import java.util.Objects;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.structure.Element;

/**
 * Type 3 (narrow, n2p2's {@code SymFncExpAngn}) or type 9 (wide, {@code SymFncExpAngw}) angular function:
 * <ul>
 * <li>narrow: {@code G = 2^(1−ζ) Σ_{j<k} (1 + λ cos θ_ijk)^ζ · exp(−eta [(r_ij − rs)² + (r_ik − rs)²]) f_c(r_ij) f_c(r_ik) · exp(−eta (r_jk − rs)²) f_c(r_jk)};</li>
 * <li>wide: {@code G = 2^(1−ζ) Σ_{j<k} (1 + λ cos θ_ijk)^ζ · exp(−eta [(r_ij − rs)² + (r_ik − rs)²]) f_c(r_ij) f_c(r_ik)},</li>
 * </ul>
 * summed once over every unordered pair of neighbours {j, k} whose elements are {neighbor1, neighbor2}
 * (both within rc; narrow pairs also need {@code r_jk < rc}). A term is 0 where {@code 1 + λ cos θ ≤ 0};
 * integer ζ uses an integer power.
 * Settings line: {@code symfunction_short ec 3 e1 e2 eta lambda zeta rc rs} (narrow) or
 * {@code symfunction_short ec 9 e1 e2 eta lambda zeta rc rs} (wide), rs optional, default 0.
 *
 * @param kind narrow (type 3) or wide (type 9)
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
public record ExpAngular(AngularKind kind, Element centre, Element neighbor1, Element neighbor2, double eta, double lambda,
                         double zeta, double rc, double rs, CutoffShape cutoff) implements SymmetryFunction {

    /** Checks the arguments and orders the neighbour elements by atomic number. */
    public ExpAngular {
        Objects.requireNonNull(kind, "kind is null");
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

    /** 3 for narrow, 9 for wide. */
    @Override
    public int type() {
        return kind == AngularKind.NARROW ? 3 : 9;
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
                + Checks.number(eta) + " " + Checks.number(lambda) + " " + Checks.number(zeta) + " " + Checks.number(rc)
                + " " + Checks.number(rs);
    }

    @Override
    public ExpAngular withLengthsScaled(double factor) {
        return new ExpAngular(kind, centre, neighbor1, neighbor2, eta / (factor * factor), lambda, zeta, rc * factor, rs * factor,
                cutoff);
    }
}
