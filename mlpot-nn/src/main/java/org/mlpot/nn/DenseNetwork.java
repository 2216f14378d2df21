package org.mlpot.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable fully connected feed-forward network with one output: layer sizes
 * {@code n_0 (inputs), n_1, …, n_L = 1}, and for every layer l ≥ 1 weights {@code a_jk} (from
 * neuron j of layer l−1 to neuron k of layer l), biases {@code b_k} and an activation f_l, so that
 * {@code y_k = f_l(Σ_j a_jk y_j + b_k)} (summed over j in order, then the bias added, as n2p2 does).
 * For an n2p2 potential the output activation is {@link Activation#LINEAR}.
 *
 * <p>{@link #evaluate} and {@link #evaluateWithGradient} allocate nothing: they work in a
 * {@link Workspace} that each thread makes once ({@link #newWorkspace()}). Thread-safe.
 */
public final class DenseNetwork {
    private final int[] sizes;
    private final Activation[] activations; // [l - 1] for layer l
    private final double[][] weights; // [l - 1][k * n_{l-1} + j]
    private final double[][] biases; // [l - 1][k]

    /**
     * A network.
     *
     * @param layerSizes {@code n_0, …, n_L}: inputs, hidden layers, and a last entry of 1; not modified
     * @param activations L activations, one per layer after the input layer; not modified
     * @param weights for every layer l = 1..L the {@code n_l × n_{l−1}} weights {@code a_jk} at index
     *     {@code k * n_{l−1} + j}; copied
     * @param biases for every layer l = 1..L the {@code n_l} biases; copied
     * @throws IllegalArgumentException when the shapes do not fit, a size is not positive, the last
     *     layer has more than one neuron or a parameter is not finite
     */
    public DenseNetwork(int[] layerSizes, Activation[] activations, double[][] weights, double[][] biases) {
        Objects.requireNonNull(layerSizes, "layerSizes is null");
        Objects.requireNonNull(activations, "activations is null");
        Objects.requireNonNull(weights, "weights is null");
        Objects.requireNonNull(biases, "biases is null");
        int layers = layerSizes.length - 1;
        if (layers < 1) {
            throw new IllegalArgumentException("a network needs an input and an output layer, got sizes " + Arrays.toString(layerSizes));
        }
        for (int size : layerSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("layer sizes must be positive, got " + Arrays.toString(layerSizes));
            }
        }
        if (layerSizes[layers] != 1) {
            throw new IllegalArgumentException("the output layer must have one neuron, got sizes " + Arrays.toString(layerSizes));
        }
        if (activations.length != layers || weights.length != layers || biases.length != layers) {
            throw new IllegalArgumentException("expected " + layers + " activations, weight and bias arrays, got "
                    + activations.length + ", " + weights.length + " and " + biases.length);
        }
        this.sizes = layerSizes.clone();
        this.activations = activations.clone();
        this.weights = new double[layers][];
        this.biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            Objects.requireNonNull(this.activations[l], "activation of layer " + (l + 1) + " is null");
            if (weights[l].length != sizes[l + 1] * sizes[l] || biases[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " needs " + sizes[l + 1] * sizes[l] + " weights and "
                        + sizes[l + 1] + " biases, got " + weights[l].length + " and " + biases[l].length);
            }
            this.weights[l] = weights[l].clone();
            this.biases[l] = biases[l].clone();
            requireFinite(this.weights[l], "weight", l);
            requireFinite(this.biases[l], "bias", l);
        }
    }

    private static void requireFinite(double[] values, String what, int layer) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException(what + " " + k + " of layer " + (layer + 1) + " is " + values[k]);
            }
        }
    }

    /** The number of inputs, {@code n_0}. */
    public int inputSize() {
        return sizes[0];
    }

    /** The number of layers after the input layer, L. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** The layer sizes {@code n_0, …, n_L} as a new array. */
    public int[] layerSizes() {
        return sizes.clone();
    }

    /** The activation of layer {@code layer} (1..L). */
    public Activation activation(int layer) {
        return activations[layer - 1];
    }

    /** The weight from neuron {@code j} of layer {@code layer − 1} to neuron {@code k} of layer {@code layer} (1..L). */
    public double weight(int layer, int j, int k) {
        return weights[layer - 1][k * sizes[layer - 1] + j];
    }

    /** The bias of neuron {@code k} of layer {@code layer} (1..L). */
    public double bias(int layer, int k) {
        return biases[layer - 1][k];
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < weights.length; l++) {
            count += weights[l].length + biases[l].length;
        }
        return count;
    }

    /** Scratch space for one thread. */
    public Workspace newWorkspace() {
        return new Workspace(sizes);
    }

    /**
     * The network output for one input vector.
     *
     * @param input {@link #inputSize()} values from {@code offset}; not modified
     * @param workspace this thread's workspace (made by this network)
     */
    public double evaluate(double[] input, int offset, Workspace workspace) {
        forward(input, offset, workspace, false);
        return workspace.values[layerCount()][0];
    }

    /**
     * The network output and its gradient with respect to the input.
     *
     * @param input {@link #inputSize()} values from {@code offset}; not modified
     * @param gradient receives {@code ∂output/∂input} ({@link #inputSize()} values) from {@code gradientOffset}; overwritten
     * @param workspace this thread's workspace (made by this network)
     */
    public double evaluateWithGradient(double[] input, int offset, double[] gradient, int gradientOffset, Workspace workspace) {
        forward(input, offset, workspace, true);
        int layers = layerCount();
        double[][] delta = workspace.slopes; // becomes ∂out/∂x_k, x the pre-activation
        for (int l = layers; l >= 1; l--) {
            double[] w = weights[l - 1];
            int n = sizes[l];
            int previous = sizes[l - 1];
            double[] d = delta[l]; // for the output layer f'(x) itself, ∂out/∂x
            double[] target = l > 1 ? delta[l - 1] : null;
            for (int j = 0; j < previous; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += d[k] * w[k * previous + j];
                }
                if (target != null) {
                    target[j] *= sum; // target held f'(x_j)
                } else {
                    gradient[gradientOffset + j] = sum;
                }
            }
        }
        return workspace.values[layers][0];
    }

    private void forward(double[] input, int offset, Workspace workspace, boolean slopes) {
        if (workspace.sizes != sizes && !Arrays.equals(workspace.sizes, sizes)) {
            throw new IllegalArgumentException("the workspace was made for layer sizes " + Arrays.toString(workspace.sizes)
                    + ", this network has " + Arrays.toString(sizes));
        }
        double[] previousValues = input;
        int previousOffset = offset;
        for (int l = 1; l < sizes.length; l++) {
            double[] w = weights[l - 1];
            double[] b = biases[l - 1];
            Activation f = activations[l - 1];
            int previous = sizes[l - 1];
            double[] out = workspace.values[l];
            double[] slope = workspace.slopes[l];
            for (int k = 0; k < sizes[l]; k++) {
                double x = 0;
                int row = k * previous;
                for (int j = 0; j < previous; j++) {
                    x += w[row + j] * previousValues[previousOffset + j];
                }
                x += b[k];
                out[k] = f.value(x);
                if (slopes) {
                    slope[k] = f.derivative(x);
                }
            }
            previousValues = out;
            previousOffset = 0;
        }
    }

    /** The layer sizes and activations, such as {@code 30-25t-25t-1l}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            Activation a = activations[l - 1];
            s.append('-').append(sizes[l]).append(a.isN2p2() ? String.valueOf(a.n2p2Letter()) : a.name());
        }
        return s.toString();
    }

    /** Per-thread scratch space of a network: neuron values and activation slopes of every layer. */
    public static final class Workspace {
        private final int[] sizes;
        private final double[][] values;
        private final double[][] slopes;

        private Workspace(int[] sizes) {
            this.sizes = sizes;
            this.values = new double[sizes.length][];
            this.slopes = new double[sizes.length][];
            for (int l = 1; l < sizes.length; l++) {
                values[l] = new double[sizes[l]];
                slopes[l] = new double[sizes[l]];
            }
        }
    }
}
