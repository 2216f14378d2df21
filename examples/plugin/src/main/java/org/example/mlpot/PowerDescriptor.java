package org.example.mlpot;

import java.util.List;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.cutoff.CutoffFunction;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.structure.Element;

/**
 * Radial power functions {@code G_(e,p) = Σ_(j of element e) (r_ij/rc)^p fc(r_ij)} with the cosine
 * cutoff {@code fc(r) = (cos(π r/rc) + 1)/2}: for every neighbour element e (in the spec's order) one
 * feature per power p. The gradient with respect to the displacement {@code d_j} of neighbour j is
 * {@code dG/dr · d_j/r} with {@code dG/dr = (p/r) (r/rc)^p fc(r) + (r/rc)^p fc′(r)}. Immutable.
 */
public final class PowerDescriptor implements Descriptor {
    private final PowerSpec spec;
    private final CutoffFunction cutoffFunction;
    private final double[] powers;
    private final int[][] sensitivities;

    /** The descriptor a checked spec describes. */
    public PowerDescriptor(PowerSpec spec) {
        this.spec = spec;
        this.cutoffFunction = new CutoffFunction(CutoffShape.of(CutoffType.COS), spec.cutoff());
        this.powers = spec.powers().stream().mapToDouble(Double::doubleValue).toArray();
        this.sensitivities = new int[spec.elements().size()][powers.length];
        for (int e = 0; e < sensitivities.length; e++) {
            for (int i = 0; i < powers.length; i++) {
                sensitivities[e][i] = e * powers.length + i;
            }
        }
    }

    /** The spec this descriptor was built from. */
    public PowerSpec spec() {
        return spec;
    }

    @Override
    public List<Element> elements() {
        return spec.elements();
    }

    @Override
    public double cutoff() {
        return spec.cutoff();
    }

    @Override
    public int size(Element centre) {
        return spec.elements().size() * powers.length;
    }

    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        return sensitivities[spec.elements().indexOf(neighbor)];
    }

    @Override
    public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
        int m = powers.length;
        double rc = spec.cutoff();
        for (int k = 0; k < environment.size(); k++) {
            double r = environment.distance(k);
            if (r >= rc) {
                continue;
            }
            double fc = cutoffFunction.value(r);
            double dfc = cutoffFunction.derivative(r);
            int first = environment.species(k) * m;
            int offset = gradients == null ? 0 : environment.gradientOffset(k);
            for (int i = 0; i < m; i++) {
                double x = Math.pow(r / rc, powers[i]);
                values[first + i] += x * fc;
                if (gradients != null) {
                    double perDistance = (powers[i] / r * fc + dfc) * x / r;
                    gradients[offset + i] += perDistance * environment.dx(k);
                    gradients[offset + m + i] += perDistance * environment.dy(k);
                    gradients[offset + 2 * m + i] += perDistance * environment.dz(k);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PowerDescriptor" + spec;
    }
}
