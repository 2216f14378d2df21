package org.mlpot.cli;

import org.mlpot.io.InputException;

/** A spec that did not compile: its message is the printed diagnostics, shown as they are. */
final class SpecException extends InputException {
    private static final long serialVersionUID = 1L;

    SpecException(String printedDiagnostics) {
        super(printedDiagnostics);
    }
}
