package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * A name in a structural position: a setting or block key, a block label, the model name or the
 * name of a call. Kept apart from the values so that errors can point at the key alone.
 *
 * @param name the name as written
 * @param span where it was written
 */
public record IdentifierNode(String name, SourceSpan span) implements Node {

    /** Checks for nulls. */
    public IdentifierNode {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(span, "span is null");
    }
}
