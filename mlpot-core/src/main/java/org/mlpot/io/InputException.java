package org.mlpot.io;

/**
 * Input that mlpot refuses: a malformed or missing file, an unusable data set, an impossible
 * setting. The message says what is wrong and, where it can, how to fix it; the command line prints
 * it without a stack trace and exits with code 2.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An input error with a complete, user-facing message. */
    public InputException(String message) {
        super(message);
    }

    /** An input error with a complete, user-facing message and its cause. */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
