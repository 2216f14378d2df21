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
 * @param activation the hidden layers' activation (the output layer is linear)
 * @param initialization how weights start
 * @param seed the seed of the initial weights
 */
public record NetworkSpec(List<Integer> hidden, Map<Element, List<Integer>> hiddenPerElement, Activation activation,
                          Initialization initialization, long seed) implements ArchitectureSpec {
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

    /** Checks the arguments. */
    public NetworkSpec {
        hidden = List.copyOf(hidden);
        hiddenPerElement = Map.copyOf(hiddenPerElement);
        Objects.requireNonNull(activation, "activation is null");
        Objects.requireNonNull(initialization, "initialization is null");
        checkLayers(hidden);
        hiddenPerElement.values().forEach(NetworkSpec::checkLayers);
    }

    /** The hidden layers of an element's network. */
    public List<Integer> hidden(Element element) {
        return hiddenPerElement.getOrDefault(element, hidden);
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
