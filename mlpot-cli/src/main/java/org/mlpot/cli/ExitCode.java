package org.mlpot.cli;

/** The exit codes of every mlpot command. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int SUCCESS = 0;
    /** Something failed that is not the user's input (a bug, an I/O failure). */
    public static final int FAILURE = 1;
    /** The input was refused: bad arguments, a missing or malformed file, an impossible setting. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
