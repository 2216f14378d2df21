package org.mlpot.api;

import org.mlpot.io.InputException;

/**
 * A spec that did not compile. The message is every diagnostic, printed as
 * {@code file:line:col: error[SPEC-nnn]: message} followed by the source line and carets under
 * the offending text, ready to show as it is.
 */
public final class SpecException extends InputException {
    private static final long serialVersionUID = 1L;

    SpecException(String printedDiagnostics) {
        super(printedDiagnostics);
    }
}
