package org.mlpot.dsl.ast;

import java.util.List;
import java.util.Objects;

/**
 * A parsed spec: the include lines of the root file and its model, whose statements already
 * contain those of the included files (see {@link ModelNode}).
 *
 * @param includes the root file's include lines, in order; copied, unmodifiable
 * @param model the model
 * @param span the whole root file
 */
public record SpecFileNode(List<IncludeNode> includes, ModelNode model, SourceSpan span)
        implements Node {

    /** Checks for nulls and copies the list. */
    public SpecFileNode {
        includes = List.copyOf(Objects.requireNonNull(includes, "includes is null"));
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(span, "span is null");
    }
}
