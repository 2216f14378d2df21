package org.mlpot.dsl.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code model NAME { statements }}. After include resolution the statements are those of the
 * included files (in include order, depth first) followed by the model's own; each keeps the
 * span of the file it was written in.
 *
 * @param name the model name
 * @param statements the statements, in order; copied, unmodifiable
 * @param span from {@code model} to the closing brace
 */
public record ModelNode(IdentifierNode name, List<StatementNode> statements, SourceSpan span)
        implements Node {

    /** Checks for nulls and copies the list. */
    public ModelNode {
        Objects.requireNonNull(name, "name is null");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements is null"));
        Objects.requireNonNull(span, "span is null");
    }
}
