package org.mlpot.nn.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpot.nn.Activation;
import org.mlpot.nn.DenseNetwork;

/**
 * The shapes of every element's network and where their parameters lie in one flat vector, the
 * form optimisers work on. Element s's parameters start at {@link #offset(int) offset(s)}; within
 * them every layer l = 1..L holds its {@code n_l × n_{l−1}} weights ({@code a_jk} at
 * {@code k · n_{l−1} + j}, as {@link DenseNetwork}) followed by its {@code n_l} biases. Immutable.
 */
public final class NetworkLayout {
    private final int[][] sizes;
    private final Activation[][] activations;
    private final int[] offsets;

    /**
     * A layout.
     *
     * @param sizes per element the layer sizes {@code n_0, …, n_L} (last 1); not modified
     * @param activations per element one activation per layer after the input; not modified
     */
    public NetworkLayout(int[][] sizes, Activation[][] activations) {
        Objects.requireNonNull(sizes, "sizes is null");
        Objects.requireNonNull(activations, "activations is null");
        if (sizes.length == 0 || sizes.length != activations.length) {
            throw new IllegalArgumentException("need sizes and activations for the same one or more elements");
        }
        this.sizes = new int[sizes.length][];
        this.activations = new Activation[sizes.length][];
        this.offsets = new int[sizes.length + 1];
        for (int s = 0; s < sizes.length; s++) {
            int[] n = sizes[s].clone();
            if (n.length < 2 || n[n.length - 1] != 1 || Arrays.stream(n).anyMatch(v -> v < 1)
                    || activations[s].length != n.length - 1) {
                throw new IllegalArgumentException("element " + s + ": layer sizes " + Arrays.toString(n)
                        + " with " + activations[s].length + " activations do not make a network with one output");
            }
            this.sizes[s] = n;
            this.activations[s] = activations[s].clone();
            int count = 0;
            for (int l = 1; l < n.length; l++) {
                count += n[l] * n[l - 1] + n[l];
            }
            offsets[s + 1] = offsets[s] + count;
        }
    }

    /** The layout of existing networks, one per element. */
    public static NetworkLayout of(List<DenseNetwork> networks) {
        int[][] sizes = new int[networks.size()][];
        Activation[][] activations = new Activation[networks.size()][];
        for (int s = 0; s < sizes.length; s++) {
            DenseNetwork network = networks.get(s);
            sizes[s] = network.layerSizes();
            activations[s] = new Activation[network.layerCount()];
            for (int l = 1; l <= network.layerCount(); l++) {
                activations[s][l - 1] = network.activation(l);
            }
        }
        return new NetworkLayout(sizes, activations);
    }

    /** The number of elements. */
    public int elementCount() {
        return sizes.length;
    }

    /** The total number of parameters. */
    public int parameterCount() {
        return offsets[sizes.length];
    }

    /** Where element {@code species}'s parameters start. */
    public int offset(int species) {
        return offsets[species];
    }

    /** Element {@code species}'s layer sizes (do not modify). */
    int[] sizes(int species) {
        return sizes[species];
    }

    /** Element {@code species}'s activations (do not modify). */
    Activation[] activations(int species) {
        return activations[species];
    }

    /** The index of element {@code species}'s output bias (its last parameter). */
    public int outputBias(int species) {
        return offsets[species + 1] - 1;
    }

    /** The number of inputs of element {@code species}'s network. */
    public int inputSize(int species) {
        return sizes[species][0];
    }

    /** The networks these parameters describe; {@code parameters} is not modified. */
    public List<DenseNetwork> networks(double[] parameters) {
        requireLength(parameters);
        List<DenseNetwork> networks = new ArrayList<>(sizes.length);
        for (int s = 0; s < sizes.length; s++) {
            int[] n = sizes[s];
            double[][] weights = new double[n.length - 1][];
            double[][] biases = new double[n.length - 1][];
            int p = offsets[s];
            for (int l = 1; l < n.length; l++) {
                weights[l - 1] = Arrays.copyOfRange(parameters, p, p + n[l] * n[l - 1]);
                p += n[l] * n[l - 1];
                biases[l - 1] = Arrays.copyOfRange(parameters, p, p + n[l]);
                p += n[l];
            }
            networks.add(new DenseNetwork(n, activations[s], weights, biases));
        }
        return networks;
    }

    /** The flat parameters of networks with this layout. */
    public double[] parameters(List<DenseNetwork> networks) {
        if (!of(networks).equals(this)) {
            throw new IllegalArgumentException("the networks do not have this layout");
        }
        double[] parameters = new double[parameterCount()];
        for (int s = 0; s < sizes.length; s++) {
            DenseNetwork network = networks.get(s);
            int[] n = sizes[s];
            int p = offsets[s];
            for (int l = 1; l < n.length; l++) {
                for (int k = 0; k < n[l]; k++) {
                    for (int j = 0; j < n[l - 1]; j++) {
                        parameters[p + k * n[l - 1] + j] = network.weight(l, j, k);
                    }
                }
                p += n[l] * n[l - 1];
                for (int k = 0; k < n[l]; k++) {
                    parameters[p + k] = network.bias(l, k);
                }
                p += n[l];
            }
        }
        return parameters;
    }

    void requireLength(double[] parameters) {
        if (parameters.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got " + parameters.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkLayout other && Arrays.deepEquals(sizes, other.sizes)
                && Arrays.deepEquals(activations, other.activations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(sizes) + Arrays.deepHashCode(activations);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int e = 0; e < sizes.length; e++) {
            s.append(e == 0 ? "" : ", ").append(Arrays.toString(sizes[e]));
        }
        return s.append(", ").append(parameterCount()).append(" parameters").toString();
    }
}
