package org.mlpot.dsl.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.dsl.diag.DiagnosticPrinter;
import org.mlpot.dsl.diag.SourceFiles;
import org.mlpot.spec.ModelSpec;

/**
 * What compiling a spec file gave.
 *
 * @param spec the model, present exactly when there are no diagnostics
 * @param diagnostics every error, syntax errors (which stop before checking) or checker errors; copied
 * @param sources the text of every file read, for printing diagnostics
 */
public record CompileResult(Optional<ModelSpec> spec, List<Diagnostic> diagnostics, SourceFiles sources) {

    /** Checks that exactly one side is present. */
    public CompileResult {
        Objects.requireNonNull(spec, "spec is null");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(sources, "sources is null");
        if (spec.isPresent() == !diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a compile result has either a spec or diagnostics");
        }
    }

    /** Whether there were errors. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    /** The diagnostics printed with quoted lines and carets. */
    public String printDiagnostics() {
        return new DiagnosticPrinter(sources).print(diagnostics);
    }
}
