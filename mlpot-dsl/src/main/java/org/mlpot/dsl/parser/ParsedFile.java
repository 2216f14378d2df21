package org.mlpot.dsl.parser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.ast.IncludeNode;
import org.mlpot.dsl.ast.ModelNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.StatementNode;

/**
 * One file's syntax before include resolution: its include lines, then either a model (a root
 * file) or bare statements (an included file).
 *
 * @param includes the include lines, in order
 * @param model the model, if the file has one
 * @param statements the statements outside a model (empty when there is a model)
 * @param span the whole file
 */
record ParsedFile(List<IncludeNode> includes, Optional<ModelNode> model,
        List<StatementNode> statements, SourceSpan span) {

    ParsedFile {
        includes = List.copyOf(Objects.requireNonNull(includes, "includes is null"));
        Objects.requireNonNull(model, "model is null");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements is null"));
        Objects.requireNonNull(span, "span is null");
    }
}
