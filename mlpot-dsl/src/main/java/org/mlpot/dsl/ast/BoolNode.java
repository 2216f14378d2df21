package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * {@code true} or {@code false}.
 *
 * @param value the value
 * @param span where it was written
 */
public record BoolNode(boolean value, SourceSpan span) implements ValueNode {

    /** Checks for nulls. */
    public BoolNode {
        Objects.requireNonNull(span, "span is null");
    }
}
