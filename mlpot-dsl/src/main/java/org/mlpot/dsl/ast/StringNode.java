package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * A string literal.
 *
 * @param value the content with escapes resolved ({@code \"} to {@code "}, {@code \\} to {@code \})
 * @param span from the opening to the closing quote
 */
public record StringNode(String value, SourceSpan span) implements ValueNode {

    /** Checks for nulls. */
    public StringNode {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(span, "span is null");
    }
}
