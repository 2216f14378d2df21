package org.mlpot.dsl.check;

import java.util.List;
import java.util.Optional;
import org.mlpot.dsl.ast.BlockNode;
import org.mlpot.spec.ArchitectureSpec;

/**
 * An architecture type of the language: its blocks use its name as their key ({@code network { ... }},
 * {@code network Si { ... }}). Registered in a Guice {@code MapBinder} under that name (see
 * {@link SpecTypesModule}).
 *
 * @param <S> the spec record it builds
 */
public interface ArchitectureType<S extends ArchitectureSpec> {

    /** The spec record type. */
    Class<S> specType();

    /**
     * The spec all blocks of this type in a model describe together; empty (with diagnostics reported)
     * when they have errors.
     *
     * @param blocks one or more blocks, in the spec's order
     */
    Optional<S> check(List<BlockNode> blocks, CheckContext context);

    /** Writes the spec as canonical blocks that check back to an equal spec. */
    void print(S spec, SpecWriter out);
}
