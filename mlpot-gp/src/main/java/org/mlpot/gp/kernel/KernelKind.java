package org.mlpot.gp.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.spec.KernelSpec;

/**
 * One kernel type of Gaussian-process models: builds the {@link Kernel} a checked spec describes (for
 * the trainer) and stores that kernel in a model file as a JSON object whose member {@code type} is
 * {@link #type()}. {@link KernelKinds} holds the shipped kinds ({@code dot_product},
 * {@code squared_exponential}) and those plugins list in
 * {@code META-INF/services/org.mlpot.gp.kernel.KernelKind} (such classes need a public no-argument
 * constructor). Implementations are stateless.
 *
 * @param <S> the spec record it reads
 * @param <K> the kernel class it builds and stores
 */
public interface KernelKind<S extends KernelSpec, K extends Kernel> {

    /** The spec's type name (such as {@code dot_product}), also the member {@code type} in model files. */
    String type();

    /** The spec record type. */
    Class<S> specType();

    /** The kernel class this kind builds and stores (exactly this class, not subclasses). */
    Class<K> kernelClass();

    /**
     * The kernel a checked spec describes.
     *
     * @throws IllegalArgumentException when the spec's values do not make a kernel
     */
    K create(S spec);

    /**
     * Adds the members that describe {@code kernel} to {@code node}, which already holds {@code type}.
     * Numbers go through {@link ModelJson#number} so that they read back bit for bit. A kernel whose
     * energy scale was refitted ({@link Kernel#withDelta}) must store its new δ.
     *
     * @param node the kernel's object; modified
     */
    void write(K kernel, ObjectNode node);

    /**
     * The kernel a node written by {@link #write} describes.
     *
     * @throws FormatException naming file and path (see {@link ModelNode#error}) when the node does not
     *     describe a valid kernel; an {@link IllegalArgumentException} is reported the same way by
     *     {@link KernelCodec}
     */
    K read(ModelNode node);
}
