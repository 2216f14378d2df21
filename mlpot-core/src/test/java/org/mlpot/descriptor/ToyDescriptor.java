package org.mlpot.descriptor;

import java.util.List;
import org.mlpot.structure.Element;

/**
 * A small two-body plus three-body descriptor written for testing the calculator: per neighbour
 * species b, {@code R_b = Σ_{j∈b} exp(−r²/2) fc(r)}, and {@code A = Σ_{j<k} (1 + cos θ_jk) fc(r_j) fc(r_k)}
 * over all neighbours, with {@code fc(r) = (cos(π r / rc) + 1) / 2}.
 */
final class ToyDescriptor implements Descriptor {
    private final List<Element> elements;
    private final double cutoff;

    ToyDescriptor(List<Element> elements, double cutoff) {
        this.elements = List.copyOf(elements);
        this.cutoff = cutoff;
    }

    @Override
    public List<Element> elements() {
        return elements;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public int size(Element centre) {
        return elements.size() + 1;
    }

    @Override
    public int[] sensitivity(Element centre, Element neighbor) {
        return new int[] {elements.indexOf(neighbor), elements.size()};
    }

    @Override
    public void evaluate(AtomEnvironment env, double[] values, double[] gradients) {
        int angular = elements.size();
        for (int k = 0; k < env.size(); k++) {
            double r = env.distance(k);
            double gauss = Math.exp(-0.5 * r * r);
            values[env.species(k)] += gauss * fc(r);
            if (gradients != null) {
                double dr = -r * gauss * fc(r) + gauss * dfc(r);
                int o = env.gradientOffset(k);
                gradients[o] += dr * env.dx(k) / r;
                gradients[o + 2] += dr * env.dy(k) / r;
                gradients[o + 4] += dr * env.dz(k) / r;
            }
        }
        for (int j = 0; j < env.size(); j++) {
            for (int k = j + 1; k < env.size(); k++) {
                double rj = env.distance(j);
                double rk = env.distance(k);
                double dot = env.dx(j) * env.dx(k) + env.dy(j) * env.dy(k) + env.dz(j) * env.dz(k);
                double cos = dot / (rj * rk);
                double f = fc(rj) * fc(rk);
                values[angular] += (1 + cos) * f;
                if (gradients != null) {
                    addAngular(env, gradients, j, k, rj, rk, cos, f);
                    addAngular(env, gradients, k, j, rk, rj, cos, f);
                }
            }
        }
    }

    /** Gradient of (1 + cos) fc(rj) fc(rk) with respect to d_j (slot 1 of j's block). */
    private void addAngular(AtomEnvironment env, double[] gradients, int j, int k, double rj, double rk, double cos, double f) {
        double[] dj = {env.dx(j), env.dy(j), env.dz(j)};
        double[] dk = {env.dx(k), env.dy(k), env.dz(k)};
        int o = env.gradientOffset(j);
        for (int c = 0; c < 3; c++) {
            double dcos = dk[c] / (rj * rk) - cos * dj[c] / (rj * rj);
            double dfj = dfc(rj) * dj[c] / rj * fc(rk);
            gradients[o + 2 * c + 1] += dcos * f + (1 + cos) * dfj;
        }
    }

    private double fc(double r) {
        return r < cutoff ? 0.5 * (Math.cos(Math.PI * r / cutoff) + 1) : 0;
    }

    private double dfc(double r) {
        return r < cutoff ? -0.5 * Math.PI / cutoff * Math.sin(Math.PI * r / cutoff) : 0;
    }
}
