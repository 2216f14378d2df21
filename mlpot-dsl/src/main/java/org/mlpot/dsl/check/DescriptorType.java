package org.mlpot.dsl.check;

import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.DescriptorSpec;

/**
 * A descriptor type of the language ({@code descriptor NAME { ... }}): checks its block and prints its
 * spec back. Registered in a Guice {@code MapBinder} under its name (see {@link SpecTypesModule}).
 *
 * @param <S> the spec record it builds
 */
public interface DescriptorType<S extends DescriptorSpec> {

    /** The spec record type. */
    Class<S> specType();

    /** The spec a {@code descriptor} block describes; empty (with diagnostics reported) when it has errors. */
    Optional<S> check(BlockNode block, CheckContext context);

    /** Writes the spec as a canonical {@code descriptor} block that checks back to an equal spec. */
    void print(S spec, SpecWriter out);
}
