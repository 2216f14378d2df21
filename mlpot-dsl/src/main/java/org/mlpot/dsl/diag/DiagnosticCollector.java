package org.mlpot.dsl.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects diagnostics while a spec is parsed or checked, so that all errors are reported at once.
 * Not thread-safe; one collector per parse.
 */
public final class DiagnosticCollector {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Adds one diagnostic. */
    public void add(Diagnostic diagnostic) {
        diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic is null"));
    }

    /** Whether any diagnostic was added. */
    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    /** How many diagnostics were added. */
    public int count() {
        return diagnostics.size();
    }

    /** The diagnostics in the order they were added; an unmodifiable copy. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
