package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * An {@code include "path"} line. The path is relative to the directory of the file holding the
 * line (or absolute).
 *
 * @param path the path as written (escapes resolved)
 * @param span the whole line, from {@code include} to the closing quote
 */
public record IncludeNode(String path, SourceSpan span) implements Node {

    /** Checks for nulls. */
    public IncludeNode {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(span, "span is null");
    }
}
