package org.mlpot.potential.builtin;

import java.util.Objects;
import java.util.Set;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The Stillinger–Weber potential for one element (Stillinger &amp; Weber, Phys. Rev. B 31, 5262
 * (1985)), written as LAMMPS' {@code pair_style sw} writes it:
 *
 * <pre>
 * E  = Σ_i Σ_{j&gt;i} φ2(r_ij) + Σ_i Σ_{j≠i} Σ_{k&gt;j} φ3(r_ij, r_ik, θ_jik)
 * φ2 = A ε [B (σ/r)^p − (σ/r)^q] exp(σ / (r − aσ))
 * φ3 = λ ε (cos θ_jik − cos θ0)² exp(γσ / (r_ij − aσ)) exp(γσ / (r_ik − aσ))
 * </pre>
 *
 * with both terms zero beyond the cutoff {@code aσ}. Per-atom energies give each atom half of its
 * pair terms and the whole of the three-body terms centred on it. Immutable and thread-safe.
 *
 * @param element the element
 * @param epsilon ε, eV
 * @param sigma σ, Å
 * @param a cutoff in units of σ
 * @param lambda λ
 * @param gamma γ
 * @param cosTheta0 cos θ0
 * @param bigA A
 * @param bigB B
 * @param p p
 * @param q q
 */
public record StillingerWeber(Element element, double epsilon, double sigma, double a, double lambda, double gamma,
                              double cosTheta0, double bigA, double bigB, double p, double q) implements Potential {

    /** Checks the parameters. */
    public StillingerWeber {
        Objects.requireNonNull(element, "element is null");
        if (!(epsilon > 0 && sigma > 0 && a > 0 && gamma > 0)) {
            throw new IllegalArgumentException("Stillinger–Weber needs positive epsilon, sigma, a and gamma");
        }
    }

    /** Silicon with the original 1985 parameters, exactly as in LAMMPS' {@code Si.sw}. */
    public static StillingerWeber silicon() {
        return new StillingerWeber(Element.Si, 2.1683, 2.0951, 1.80, 21.0, 1.20, -1.0 / 3.0,
                7.049556277, 0.6022245584, 4.0, 0.0);
    }

    @Override
    public double cutoff() {
        return a * sigma;
    }

    @Override
    public Set<Element> elements() {
        return Set.of(element);
    }

    @Override
    public String name() {
        return element == Element.Si ? BuiltinPotentials.SW_SI : "Stillinger-Weber " + element.symbol();
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        int n = structure.size();
        NeighborList list = NeighborList.full(structure, cutoff());
        double rc = cutoff();
        double[] atomEnergies = new double[n];
        double[] forces = new double[3 * n];
        double[] strainDerivative = new double[9]; // ∂E/∂ε = Σ (∂E/∂d) ⊗ d
        double[] expTerm = new double[0];
        double[] expDerivative = new double[0];
        double twoBodyScale = bigA * epsilon;
        double threeBodyScale = lambda * epsilon;

        for (int i = 0; i < n; i++) {
            int start = list.start(i);
            int count = list.count(i);
            if (expTerm.length < count) {
                expTerm = new double[count];
                expDerivative = new double[count];
            }
            for (int e = 0; e < count; e++) {
                int k = start + e;
                double r = list.distance(k);
                double inv = 1.0 / (r - rc);
                double sr = sigma / r;
                double srp = Math.pow(sr, p);
                double srq = Math.pow(sr, q);
                double ex = Math.exp(sigma * inv);
                double phi = twoBodyScale * (bigB * srp - srq) * ex;
                double dphi = twoBodyScale * ((-p * bigB * srp + q * srq) / r * ex + (bigB * srp - srq) * ex * (-sigma * inv * inv));
                atomEnergies[i] += 0.5 * phi;
                // each pair appears twice in the full list: half of the gradient per entry
                accumulate(list, k, i, 0.5 * dphi / r, forces, strainDerivative);
                expTerm[e] = Math.exp(gamma * sigma * inv);
                expDerivative[e] = expTerm[e] * (-gamma * sigma * inv * inv);
            }
            for (int e1 = 0; e1 < count; e1++) {
                int k1 = start + e1;
                double r1 = list.distance(k1);
                double x1 = list.dx(k1);
                double y1 = list.dy(k1);
                double z1 = list.dz(k1);
                for (int e2 = e1 + 1; e2 < count; e2++) {
                    int k2 = start + e2;
                    double r2 = list.distance(k2);
                    double x2 = list.dx(k2);
                    double y2 = list.dy(k2);
                    double z2 = list.dz(k2);
                    double inv12 = 1.0 / (r1 * r2);
                    double cos = (x1 * x2 + y1 * y2 + z1 * z2) * inv12;
                    double delta = cos - cosTheta0;
                    double ee = expTerm[e1] * expTerm[e2];
                    atomEnergies[i] += threeBodyScale * delta * delta * ee;
                    double dE_dcos = threeBodyScale * 2 * delta * ee;
                    // ∂E/∂d1 = dE/dcos (d2/(r1 r2) − cos d1/r1²) + λε δ² e2 e1' d1/r1
                    double radial1 = threeBodyScale * delta * delta * expTerm[e2] * expDerivative[e1] / r1;
                    double radial2 = threeBodyScale * delta * delta * expTerm[e1] * expDerivative[e2] / r2;
                    double c1 = -dE_dcos * cos / (r1 * r1) + radial1;
                    double c2 = -dE_dcos * cos / (r2 * r2) + radial2;
                    double cross = dE_dcos * inv12;
                    DisplacementGradient.apply(list.neighbor(k1), i, c1 * x1 + cross * x2, c1 * y1 + cross * y2, c1 * z1 + cross * z2,
                            x1, y1, z1, forces, strainDerivative);
                    DisplacementGradient.apply(list.neighbor(k2), i, c2 * x2 + cross * x1, c2 * y2 + cross * y1, c2 * z2 + cross * z1,
                            x2, y2, z2, forces, strainDerivative);
                }
            }
        }
        return Result.assemble(structure, properties, atomEnergies, forces, strainDerivative);
    }

    /** Adds a radial gradient {@code g = scale · d} of entry k (displacement from i to its neighbour). */
    private static void accumulate(NeighborList list, int k, int i, double scale, double[] forces, double[] strainDerivative) {
        double dx = list.dx(k);
        double dy = list.dy(k);
        double dz = list.dz(k);
        DisplacementGradient.apply(list.neighbor(k), i, scale * dx, scale * dy, scale * dz, dx, dy, dz, forces, strainDerivative);
    }
}
