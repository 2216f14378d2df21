package org.mlpot.dsl.diag;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.ast.SourceSpan;

/**
 * Prints diagnostics the way compilers do:
 * <pre>
 * silicon.mlpot:9:28: error[SPEC-101]: unknown cutoff function 'cosin'
 *     9 |     cutoff 6.0 Å  function cosin
 *       |                            ^^^^^
 * </pre>
 * The line number is right-aligned in five columns; there is one {@code ^} per code point of the
 * span (at least one; a span over several lines is underlined to the end of its first line).
 * Tabs before the span are repeated in the caret line so that the caret stays aligned. When the
 * file's text is unknown only the header line is printed.
 */
public final class DiagnosticPrinter {

    private final SourceFiles sources;

    /** A printer quoting lines from {@code sources}. */
    public DiagnosticPrinter(SourceFiles sources) {
        this.sources = Objects.requireNonNull(sources, "sources is null");
    }

    /** One diagnostic: header, quoted line and caret line, each ending with a newline. */
    public String print(Diagnostic diagnostic) {
        Objects.requireNonNull(diagnostic, "diagnostic is null");
        StringBuilder out = new StringBuilder(diagnostic.header()).append('\n');
        SourceSpan span = diagnostic.span();
        Optional<String> line = sources.line(span.file(), span.line());
        if (line.isEmpty()) {
            return out.toString();
        }
        String text = line.get();
        out.append(String.format("%5d | ", span.line())).append(text).append('\n');
        out.append("      | ");
        int[] codePoints = text.codePoints().toArray();
        for (int column = 1; column < span.column(); column++) {
            boolean tab = column - 1 < codePoints.length && codePoints[column - 1] == '\t';
            out.append(tab ? '\t' : ' ');
        }
        int end = span.endLine() == span.line() ? span.endColumn() : codePoints.length + 1;
        out.append("^".repeat(Math.max(1, end - span.column()))).append('\n');
        return out.toString();
    }

    /** All diagnostics, in order, concatenated. */
    public String print(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(print(diagnostic));
        }
        return out.toString();
    }
}
