package org.mlpot.dsl.compile;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.spec.DescriptorSpec;

/** Builds descriptors from specs through the registered {@link DescriptorFactory}s. */
public final class DescriptorBuilder {
    private final Map<String, DescriptorFactory<?>> factories;

    /** A builder over the registered factories. */
    @Inject
    public DescriptorBuilder(Map<String, DescriptorFactory<?>> factories) {
        this.factories = Map.copyOf(factories);
    }

    /**
     * The descriptor a spec describes.
     *
     * @throws IllegalArgumentException when no factory is registered for its type
     */
    public Descriptor build(DescriptorSpec spec) {
        Objects.requireNonNull(spec, "spec is null");
        DescriptorFactory<?> factory = factories.get(spec.type());
        if (factory == null) {
            throw new IllegalArgumentException("no descriptor type '" + spec.type() + "' is registered; known: "
                    + new java.util.TreeSet<>(factories.keySet()));
        }
        return create(factory, spec);
    }

    private static <S extends DescriptorSpec> Descriptor create(DescriptorFactory<S> factory, DescriptorSpec spec) {
        return factory.create(factory.specType().cast(spec));
    }
}
