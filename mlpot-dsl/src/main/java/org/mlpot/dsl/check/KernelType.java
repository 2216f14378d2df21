package org.mlpot.dsl.check;

import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.KernelSpec;

/**
 * A kernel type of the language ({@code kernel NAME { ... }}): checks its block and prints its spec
 * back. Registered in a Guice {@code MapBinder} under its name (see {@link SpecTypesModule}).
 *
 * @param <S> the spec record it builds
 */
public interface KernelType<S extends KernelSpec> {

    /** The spec record type. */
    Class<S> specType();

    /** The spec a {@code kernel} block describes; empty (with diagnostics reported) when it has errors. */
    Optional<S> check(BlockNode block, CheckContext context);

    /** Writes the spec as a canonical {@code kernel} block that checks back to an equal spec. */
    void print(S spec, SpecWriter out);
}
