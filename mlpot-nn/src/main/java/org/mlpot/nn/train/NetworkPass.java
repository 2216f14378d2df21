package org.mlpot.nn.train;

import org.mlpot.nn.Activation;

/**
 * The passes training needs through one element's network, working directly on the flat parameter
 * vector of a {@link NetworkLayout}. Per thread; allocates nothing after construction.
 *
 * <p>Force training differentiates the input gradient {@code g = ∂y/∂x} with respect to the
 * parameters. For a direction u in input space, {@code D = g · u} is the tangent of a forward-mode
 * pass (t₀ = u, {@code s_l = W_l t_{l−1}}, {@code t_l = f′(z_l) s_l}, D = t_L); {@link #accumulate}
 * runs that pass and then the reverse pass of {@code c_y y + c_D D} through both the values and the
 * tangents, which needs f″.
 */
final class NetworkPass {
    private final int[] n;
    private final Activation[] f;
    private final int offset;
    private final double[][] z; // pre-activations, [l][k]
    private final double[][] y; // values; y[0] unused (the input is read in place)
    private final double[][] s; // tangent pre-activations
    private final double[][] t; // tangents
    private final double[][] adjointZ;
    private final double[][] adjointS;
    private final double[] adjointY;
    private final double[] adjointT;

    NetworkPass(NetworkLayout layout, int species) {
        this.n = layout.sizes(species);
        this.f = layout.activations(species);
        this.offset = layout.offset(species);
        int layers = n.length;
        z = new double[layers][];
        y = new double[layers][];
        s = new double[layers][];
        t = new double[layers][];
        adjointZ = new double[layers][];
        adjointS = new double[layers][];
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            z[l] = new double[n[l]];
            y[l] = new double[n[l]];
            s[l] = new double[n[l]];
            t[l] = new double[n[l]];
            adjointZ[l] = new double[n[l]];
            adjointS[l] = new double[n[l]];
            widest = Math.max(widest, n[l]);
        }
        adjointY = new double[widest];
        adjointT = new double[widest];
    }

    /**
     * The output y and, into {@code gradient}, {@code ∂y/∂x}.
     *
     * @param p the flat parameters; not modified
     * @param x the {@code n_0} inputs from {@code xOffset}; not modified
     * @param gradient receives {@code n_0} values from {@code gradientOffset}
     */
    double valueAndGradient(double[] p, double[] x, int xOffset, double[] gradient, int gradientOffset) {
        forward(p, x, xOffset, null, 0);
        int layers = n.length - 1;
        double[] delta = adjointZ[layers];
        delta[0] = f[layers - 1].derivative(z[layers][0]);
        int w = offset + parameterEnd(layers) - weightsAndBiases(layers);
        for (int l = layers; l >= 1; l--) {
            int in = n[l - 1];
            int out = n[l];
            double[] d = adjointZ[l];
            double[] target = l > 1 ? adjointZ[l - 1] : gradient;
            int base = l > 1 ? 0 : gradientOffset;
            for (int j = 0; j < in; j++) {
                target[base + j] = 0;
            }
            for (int k = 0; k < out; k++) {
                double dk = d[k];
                int row = w + k * in;
                for (int j = 0; j < in; j++) {
                    target[base + j] += dk * p[row + j];
                }
            }
            if (l > 1) {
                Activation a = f[l - 2];
                for (int j = 0; j < in; j++) {
                    target[j] *= a.derivative(z[l - 1][j]);
                }
                w -= weightsAndBiases(l - 1);
            }
        }
        return y[layers][0];
    }

    /**
     * Adds {@code ∂(c_y · y + c_D · ∂y/∂x · u)/∂p} to {@code gradient}.
     *
     * @param p the flat parameters; not modified
     * @param x the inputs from {@code xOffset}; not modified
     * @param u the direction from {@code uOffset}; not modified
     * @param valueWeight c_y
     * @param slopeWeight c_D
     * @param gradient the flat gradient, added to
     */
    void accumulate(double[] p, double[] x, int xOffset, double[] u, int uOffset, double valueWeight, double slopeWeight,
                    double[] gradient) {
        forward(p, x, xOffset, u, uOffset);
        int layers = n.length - 1;
        double[] ay = adjointY;
        double[] at = adjointT;
        ay[0] = valueWeight;
        at[0] = slopeWeight;
        int w = offset + parameterEnd(layers) - weightsAndBiases(layers);
        for (int l = layers; l >= 1; l--) {
            int in = n[l - 1];
            int out = n[l];
            Activation a = f[l - 1];
            double[] az = adjointZ[l];
            double[] as = adjointS[l];
            for (int k = 0; k < out; k++) {
                double slope = a.derivative(z[l][k]);
                as[k] = at[k] * slope;
                az[k] = ay[k] * slope + at[k] * a.secondDerivative(z[l][k]) * s[l][k];
            }
            int b = w + out * in;
            for (int k = 0; k < out; k++) {
                double zk = az[k];
                double sk = as[k];
                int row = w + k * in;
                if (l > 1) {
                    double[] yPrev = y[l - 1];
                    double[] tPrev = t[l - 1];
                    for (int j = 0; j < in; j++) {
                        gradient[row + j] += zk * yPrev[j] + sk * tPrev[j];
                    }
                } else {
                    for (int j = 0; j < in; j++) {
                        gradient[row + j] += zk * x[xOffset + j] + sk * u[uOffset + j];
                    }
                }
                gradient[b + k] += zk;
            }
            if (l > 1) {
                for (int j = 0; j < in; j++) {
                    ay[j] = 0;
                    at[j] = 0;
                }
                for (int k = 0; k < out; k++) {
                    double zk = az[k];
                    double sk = as[k];
                    int row = w + k * in;
                    for (int j = 0; j < in; j++) {
                        ay[j] += zk * p[row + j];
                        at[j] += sk * p[row + j];
                    }
                }
                w -= weightsAndBiases(l - 1);
            }
        }
    }

    private void forward(double[] p, double[] x, int xOffset, double[] u, int uOffset) {
        int w = offset;
        for (int l = 1; l < n.length; l++) {
            int in = n[l - 1];
            int out = n[l];
            Activation a = f[l - 1];
            int b = w + out * in;
            for (int k = 0; k < out; k++) {
                int row = w + k * in;
                double sum = 0;
                double tangent = 0;
                if (l == 1) {
                    for (int j = 0; j < in; j++) {
                        sum += p[row + j] * x[xOffset + j];
                    }
                    if (u != null) {
                        for (int j = 0; j < in; j++) {
                            tangent += p[row + j] * u[uOffset + j];
                        }
                    }
                } else {
                    double[] yPrev = y[l - 1];
                    for (int j = 0; j < in; j++) {
                        sum += p[row + j] * yPrev[j];
                    }
                    if (u != null) {
                        double[] tPrev = t[l - 1];
                        for (int j = 0; j < in; j++) {
                            tangent += p[row + j] * tPrev[j];
                        }
                    }
                }
                sum += p[b + k];
                z[l][k] = sum;
                y[l][k] = a.value(sum);
                if (u != null) {
                    s[l][k] = tangent;
                    t[l][k] = a.derivative(sum) * tangent;
                }
            }
            w = b + out;
        }
    }

    private int weightsAndBiases(int l) {
        return n[l] * n[l - 1] + n[l];
    }

    /** The end of layer {@code l}'s parameters, relative to this network's offset. */
    private int parameterEnd(int l) {
        int end = 0;
        for (int m = 1; m <= l; m++) {
            end += weightsAndBiases(m);
        }
        return end;
    }
}
