package org.mlpot.dsl.compile;

import org.mlpot.descriptor.Descriptor;
import org.mlpot.spec.DescriptorSpec;

/**
 * Builds the descriptor of one spec type. Implementations register in a Guice {@code MapBinder}
 * under their type name (see {@link DescriptorTypesModule}), so a new descriptor type is a spec record
 * plus a factory and a binding; nothing else changes.
 *
 * @param <S> the spec record this factory reads
 */
public interface DescriptorFactory<S extends DescriptorSpec> {

    /** The spec record type. */
    Class<S> specType();

    /** The descriptor a spec describes. */
    Descriptor create(S spec);
}
