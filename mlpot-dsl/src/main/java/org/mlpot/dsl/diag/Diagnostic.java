package org.mlpot.dsl.diag;

import java.util.Objects;
import org.mlpot.dsl.ast.SourceSpan;

/**
 * One error found in a spec.
 *
 * @param code the stable code, {@code SPEC-NNN} (the front end uses 001–099, see
 *     {@link SyntaxMessages})
 * @param span where the error is
 * @param message what is wrong and, where clear, how to fix it; one line, no trailing period
 */
public record Diagnostic(String code, SourceSpan span, String message) {

    /** Checks for nulls and the code's shape. */
    public Diagnostic {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(message, "message is null");
        if (!code.matches("SPEC-\\d{3}")) {
            throw new IllegalArgumentException("code must look like SPEC-001, got " + code);
        }
    }

    /** The header line: {@code file:line:col: error[SPEC-NNN]: message}. */
    public String header() {
        return span.start() + ": error[" + code + "]: " + message;
    }
}
