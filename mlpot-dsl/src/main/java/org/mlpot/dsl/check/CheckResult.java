package org.mlpot.dsl.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.dsl.diag.Diagnostic;
import org.mlpot.spec.ModelSpec;

/**
 * What checking a spec gave.
 *
 * @param spec the model, present exactly when there are no diagnostics
 * @param diagnostics every error found, sorted by file (in order of first appearance) and position; copied
 */
public record CheckResult(Optional<ModelSpec> spec, List<Diagnostic> diagnostics) {

    /** Checks that exactly one side is present. */
    public CheckResult {
        Objects.requireNonNull(spec, "spec is null");
        diagnostics = List.copyOf(diagnostics);
        if (spec.isPresent() == !diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a check result has either a spec or diagnostics");
        }
    }
}
