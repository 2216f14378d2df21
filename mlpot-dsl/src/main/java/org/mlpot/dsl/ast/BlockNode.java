package org.mlpot.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code key [label] { statements }}, for example {@code descriptor soap { … }} or
 * {@code train { … }}.
 *
 * @param key the block key
 * @param label the optional label ({@code soap}, {@code Si})
 * @param statements the body, in order; copied, unmodifiable
 * @param span from the key to the closing brace
 */
public record BlockNode(IdentifierNode key, Optional<IdentifierNode> label,
        List<StatementNode> statements, SourceSpan span) implements StatementNode {

    /** Checks for nulls and copies the list. */
    public BlockNode {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(label, "label is null");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements is null"));
        Objects.requireNonNull(span, "span is null");
    }
}
