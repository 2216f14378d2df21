package org.mlpot.dsl.ast;

import java.util.List;
import java.util.Objects;

/**
 * A call {@code name(args)}, for example {@code imbalzano(shifted, 10)}.
 *
 * @param name the called name
 * @param args the arguments, in order, possibly none; copied, unmodifiable
 * @param span from the name to the closing parenthesis
 */
public record CallNode(IdentifierNode name, List<ValueNode> args, SourceSpan span)
        implements ValueNode {

    /** Checks for nulls and copies the list. */
    public CallNode {
        Objects.requireNonNull(name, "name is null");
        args = List.copyOf(Objects.requireNonNull(args, "args is null"));
        Objects.requireNonNull(span, "span is null");
    }
}
