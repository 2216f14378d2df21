package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * A name used as a value ({@code tanh}, {@code Si}, {@code K} in {@code elements K, Na}).
 *
 * @param name the name as written
 * @param span where it was written
 */
public record NameNode(String name, SourceSpan span) implements ValueNode {

    /** Checks for nulls. */
    public NameNode {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(span, "span is null");
    }
}
