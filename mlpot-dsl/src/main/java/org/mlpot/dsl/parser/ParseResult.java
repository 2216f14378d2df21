package org.mlpot.dsl.parser;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.ast.SpecFileNode;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.dsl.diag.DiagnosticPrinter;
import org.mlpot.dsl.diag.SourceFiles;

/**
 * What {@link SpecParser} found: the spec when there were no errors, otherwise every error.
 * Exactly one of {@link #spec()} and {@link #diagnostics()} is non-empty.
 *
 * @param spec the spec with includes resolved; empty when there are diagnostics
 * @param diagnostics all errors, in the order found (files in include order); copied
 * @param sources the text of every file read, by the name the spans use
 */
public record ParseResult(Optional<SpecFileNode> spec, List<Diagnostic> diagnostics,
        SourceFiles sources) {

    /** Checks for nulls, copies the list and checks that exactly one side is present. */
    public ParseResult {
        Objects.requireNonNull(spec, "spec is null");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics is null"));
        Objects.requireNonNull(sources, "sources is null");
        if (spec.isPresent() == !diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a parse result has either a spec or diagnostics");
        }
    }

    /** Whether the spec had errors. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    /** The diagnostics printed with quoted lines and carets (see {@link DiagnosticPrinter}). */
    public String printDiagnostics() {
        return new DiagnosticPrinter(sources).print(diagnostics);
    }
}
