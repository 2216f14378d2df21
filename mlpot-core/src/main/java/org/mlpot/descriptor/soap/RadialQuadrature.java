package org.mlpot.descriptor.soap;

/**
 * A composite Gauss–Legendre rule on {@code [0, b]}: {@code ∫_0^b f(r) dr ≈ Σ_i w_i f(r_i)}, with equal
 * panels and the same number of points in each. Immutable; the arrays are shared, do not modify.
 */
final class RadialQuadrature {
    private final double[] nodes;
    private final double[] weights;

    private RadialQuadrature(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The rule with panels no wider than {@code panelWidth} and {@code order} points per panel
     * (exact for polynomials of degree {@code 2·order − 1} on each panel).
     */
    static RadialQuadrature of(double b, double panelWidth, int order) {
        int panels = (int) Math.ceil(b / panelWidth - 1e-9);
        panels = Math.max(panels, 1);
        double[] x = new double[order];
        double[] w = new double[order];
        gaussLegendre(order, x, w);
        double h = b / panels;
        double[] nodes = new double[panels * order];
        double[] weights = new double[panels * order];
        for (int p = 0; p < panels; p++) {
            for (int i = 0; i < order; i++) {
                nodes[p * order + i] = h * (p + 0.5 * (x[i] + 1));
                weights[p * order + i] = 0.5 * h * w[i];
            }
        }
        return new RadialQuadrature(nodes, weights);
    }

    /** The number of points. */
    int size() {
        return nodes.length;
    }

    /** Point {@code i}, Å. */
    double node(int i) {
        return nodes[i];
    }

    /** Weight {@code i}, Å. */
    double weight(int i) {
        return weights[i];
    }

    /** Gauss–Legendre nodes and weights on [−1, 1] by Newton's method on the Legendre polynomial P_n. */
    static void gaussLegendre(int n, double[] x, double[] w) {
        for (int i = 0; i < n; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = n * (z * p1 - p0) / (z * z - 1);
                double dz = p1 / derivative;
                z -= dz;
                if (Math.abs(dz) < 1e-16) {
                    break;
                }
            }
            double p0 = 1;
            double p1 = z;
            for (int k = 2; k <= n; k++) {
                double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            derivative = n * (z * p1 - p0) / (z * z - 1);
            x[i] = z;
            w[i] = 2 / ((1 - z * z) * derivative * derivative);
        }
    }
}
