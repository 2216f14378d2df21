package org.mlpot.descriptor;

import java.util.List;
import org.mlpot.structure.Element;

/**
 * Maps the neighbourhood of an atom to a fixed-length feature vector: symmetry functions, SOAP, or
 * anything else a model sees atoms through. Implementations are immutable and safe for concurrent
 * use; {@link FeatureCalculator} runs them over all atoms of a structure in parallel and turns their
 * per-neighbour gradients into position and strain derivatives.
 *
 * <p>An implementation describes one atom at a time ({@link #evaluate}). It sees the centre and
 * every neighbour within {@link #cutoff()} as displacement vectors {@code d_k = r_k − r_centre}
 * (periodic images included), and returns the feature values and, when asked, the gradient
 * {@code ∂G/∂d_k} of every feature with respect to every displacement. Because a descriptor depends
 * on positions only through these displacements, this gradient is all the calculator needs: it
 * gives {@code ∂G/∂r_k = ∂G/∂d_k}, {@code ∂G/∂r_centre = −Σ_k ∂G/∂d_k} and the strain derivative
 * {@code ∂G/∂ε = Σ_k ∂G/∂d_k ⊗ d_k}.
 *
 * <p>Gradients are stored sparsely: a neighbour of element {@code e} can only change the features
 * listed in {@link #sensitivity(Element, Element) sensitivity(centre, e)} (an element-resolved radial
 * function of O neighbours does not change when an H atom moves), and only those get storage.
 */
public interface Descriptor {

    /**
     * The elements this descriptor is defined for, as centres and as neighbours, in its own order
     * (for example n2p2's order by atomic number). {@link AtomEnvironment#species(int)} indexes this list.
     */
    List<Element> elements();

    /** The largest distance at which a neighbour changes a feature, Å. */
    double cutoff();

    /** The number of features of a centre atom of this element. */
    int size(Element centre);

    /**
     * The features of a {@code centre} atom (ascending indices) that can change when a neighbour of
     * element {@code neighbor} moves. Every other feature must have a zero gradient for such a
     * neighbour; the returned array is not modified by callers.
     */
    int[] sensitivity(Element centre, Element neighbor);

    /**
     * Computes the features of one atom.
     *
     * @param environment the centre and its neighbours within {@link #cutoff()}; not modified
     * @param values receives the {@code size(centre)} feature values from index 0; zeroed by the caller
     * @param gradients {@code null} when only values are wanted; otherwise receives, for every
     *     neighbour entry {@code k}, the block {@code ∂G/∂d_k} at
     *     {@link AtomEnvironment#gradientOffset(int) gradientOffset(k)}: component-major, value
     *     {@code gradients[offset + c * m + s]} is the derivative of feature
     *     {@code sensitivity(centre, element(k))[s]} with respect to component {@code c} (x, y, z) of
     *     {@code d_k}, where {@code m} is the length of that sensitivity list; zeroed by the caller
     */
    void evaluate(AtomEnvironment environment, double[] values, double[] gradients);
}
