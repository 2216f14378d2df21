package org.mlpot.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpot.structure.Element;

/**
 * Behler–Parrinello networks: one feed-forward network per element, from its descriptor vector to
 * its atomic energy.
 *
 * @param hidden hidden-layer sizes shared by all elements
 * @param hiddenPerElement per-element overrides of {@code hidden}
 * @param activation the hidden layers' activation shared by all elements (the output layer is linear)
 * @param activationPerElement per-element overrides of {@code activation}
 * @param initialization how weights start
 * @param seed the seed of the initial weights
 * @param compute where the networks run when the model is evaluated; does not change the model's numbers
 *     beyond rounding (about 1e-15 relative)
 */
public record NetworkSpec(List<Integer> hidden, Map<Element, List<Integer>> hiddenPerElement, Activation activation,
                          Map<Element, Activation> activationPerElement, Initialization initialization, long seed,
                          Compute compute) implements ArchitectureSpec {
    /** The type name. */
    public static final String TYPE = "network";

    /** Hidden-layer activations, as n2p2 offers them. */
    public enum Activation {
        /** tanh(x). */
        TANH,
        /** ln(1 + eˣ) − ln 2 (shifted softplus). */
        SHIFTED_SOFTPLUS,
        /** ln(1 + eˣ), n2p2's 'p'. */
        SOFTPLUS,
        /** 1 / (1 + e⁻ˣ). */
        SIGMOID,
        /** exp(−x²/2). */
        GAUSSIAN,
        /** x. */
        LINEAR
    }

    /** Weight initialisations. */
    public enum Initialization {
        /** Nguyen–Widrow, as n2p2. */
        NGUYEN_WIDROW,
        /** Glorot (Xavier) uniform. */
        GLOROT
    }

    /** Where the networks run: mlpot-nn's compute paths. */
    public enum Compute {
        /** ND4J for elements with many atoms in a structure, plain Java for the others. */
        AUTO,
        /** Plain Java only (ND4J is never loaded). */
        JAVA,
        /** ND4J for every element. */
        ND4J
    }

    /** Checks the arguments. */
    public NetworkSpec {
        hidden = List.copyOf(hidden);
        hiddenPerElement = Map.copyOf(hiddenPerElement);
        Objects.requireNonNull(activation, "activation is null");
        activationPerElement = Map.copyOf(activationPerElement);
        Objects.requireNonNull(initialization, "initialization is null");
        Objects.requireNonNull(compute, "compute is null");
        checkLayers(hidden);
        hiddenPerElement.values().forEach(NetworkSpec::checkLayers);
    }

    /** Networks with one activation for all elements that choose their compute path themselves ({@link Compute#AUTO}). */
    public NetworkSpec(List<Integer> hidden, Map<Element, List<Integer>> hiddenPerElement, Activation activation,
                       Initialization initialization, long seed) {
        this(hidden, hiddenPerElement, activation, Map.of(), initialization, seed, Compute.AUTO);
    }

    /** The hidden layers of an element's network. */
    public List<Integer> hidden(Element element) {
        return hiddenPerElement.getOrDefault(element, hidden);
    }

    /** The hidden layers' activation of an element's network. */
    public Activation activation(Element element) {
        return activationPerElement.getOrDefault(element, activation);
    }

    @Override
    public String type() {
        return TYPE;
    }

    private static void checkLayers(List<Integer> layers) {
        for (int n : layers) {
            if (n < 1) {
                throw new IllegalArgumentException("hidden layers need at least one node, got " + layers);
            }
        }
    }
}
