package org.mlpot.gp;

import java.util.List;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.structure.Element;

/**
 * A one- or two-feature radial descriptor for small exact tests, for one element:
 * {@code G_1 = Σ_j exp(−r_j²/2) fc(r_j)} and {@code G_2 = Σ_j exp(−r_j²/8) fc(r_j)} with
 * {@code fc(r) = (cos(π r/rc) + 1)/2} below the cutoff rc.
 */
final class RadialToyDescriptor implements Descriptor {
    private static final double[] INVERSE_WIDTHS = {0.5, 0.125};
    private final Element element;
    private final double cutoff;
    private final int features;

    RadialToyDescriptor(Element element, double cutoff, int features) {
        this.element = element;
        this.cutoff = cutoff;
        this.features = features;
    }

    @Override
    public List<Element> elements() {
        return List.of(element);
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public int size(Element centre) {
        return features;
    }

    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        return features == 1 ? new int[] {0} : new int[] {0, 1};
    }

    @Override
    public void evaluate(AtomEnvironment env, double[] values, double[] gradients) {
        for (int k = 0; k < env.size(); k++) {
            double r = env.distance(k);
            double fc = 0.5 * (Math.cos(Math.PI * r / cutoff) + 1);
            double dfc = -0.5 * Math.PI / cutoff * Math.sin(Math.PI * r / cutoff);
            for (int f = 0; f < features; f++) {
                double gauss = Math.exp(-INVERSE_WIDTHS[f] * r * r);
                values[f] += gauss * fc;
                if (gradients != null) {
                    double dr = -2 * INVERSE_WIDTHS[f] * r * gauss * fc + gauss * dfc;
                    int o = env.gradientOffset(k);
                    gradients[o + f] += dr * env.dx(k) / r;
                    gradients[o + features + f] += dr * env.dy(k) / r;
                    gradients[o + 2 * features + f] += dr * env.dz(k) / r;
                }
            }
        }
    }
}
