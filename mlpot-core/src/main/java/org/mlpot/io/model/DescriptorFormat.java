package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.io.FormatException;

/**
 * How one descriptor class is stored in a model file: a JSON object whose member {@code type} is
 * {@link #type()} and whose other members this format writes and reads. {@link DescriptorCodec} finds
 * formats in {@link DescriptorFormats}: the shipped ones and those plugins list in
 * {@code META-INF/services/org.mlpot.io.model.DescriptorFormat} (such classes need a public
 * no-argument constructor). Implementations are stateless.
 *
 * @param <D> the descriptor class this format stores
 */
public interface DescriptorFormat<D extends Descriptor> {

    /** The value of the member {@code type}, by convention the descriptor's spec type name (such as {@code acsf}). */
    String type();

    /** The descriptor class this format stores (exactly this class, not subclasses). */
    Class<D> descriptorClass();

    /**
     * Adds the members that describe {@code descriptor} to {@code node}, which already holds
     * {@code type}. Numbers go through {@link ModelJson#number} so that they read back bit for bit.
     *
     * @param node the descriptor's object; modified
     */
    void write(D descriptor, ObjectNode node);

    /**
     * The descriptor a node written by {@link #write} describes.
     *
     * @throws FormatException naming file and path (see {@link ModelNode#error}) when the node does not
     *     describe a valid descriptor
     */
    D read(ModelNode node);
}
