package org.mlpot.dsl.ast;

import java.util.Objects;

/**
 * Where a piece of a spec sits in its file. Lines and columns are 1-based; a column counts Unicode
 * code points, so {@code Å} or {@code ²} is one column and a tab is one column. The end is
 * exclusive: {@code (endLine, endColumn)} is the position just after the last character, so a
 * one-character token at column 5 spans columns 5 to 6, and an empty span (end of file) has
 * {@code endColumn == column}.
 *
 * @param file the file name as shown to the user (the name given for the root file, included
 *     files resolved relative to it)
 * @param line first line, 1-based
 * @param column first column, 1-based, in code points
 * @param endLine last line, 1-based, {@code >= line}
 * @param endColumn column just after the last character on {@code endLine}
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn) {

    /** Checks the bounds described above. */
    public SourceSpan {
        Objects.requireNonNull(file, "file is null");
        if (line < 1 || column < 1 || endLine < line || endColumn < 1
                || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("invalid span " + line + ":" + column + "-"
                    + endLine + ":" + endColumn);
        }
    }

    /** An empty span at one position (for "end of file" or a whole file). */
    public static SourceSpan at(String file, int line, int column) {
        return new SourceSpan(file, line, column, line, column);
    }

    /** The span from the start of this one to the end of {@code last} (same file). */
    public SourceSpan through(SourceSpan last) {
        Objects.requireNonNull(last, "last is null");
        return new SourceSpan(file, line, column, last.endLine, last.endColumn);
    }

    /** {@code file:line:column}, as diagnostics print it. */
    public String start() {
        return file + ":" + line + ":" + column;
    }
}
