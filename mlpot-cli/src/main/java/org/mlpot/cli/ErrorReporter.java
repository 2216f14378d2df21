package org.mlpot.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.mlpot.io.InputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on stderr and an exit code: refused input (an
 * {@link InputException}, or an {@link IllegalArgumentException} from the library's checks of the
 * values it was given) exits 2, anything else 1. Stack traces only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = false;
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
        }
        int code;
        if (ex instanceof SpecException) {
            err.println(ex.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof InputException) {
            err.println("error: " + ex.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof IllegalArgumentException) {
            // refused by the library's own argument checks: almost always a value the user gave
            err.println("error: " + ex.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof IllegalStateException) {
            err.println("error: " + ex.getMessage());
            code = ExitCode.FAILURE;
        } else if (ex instanceof UncheckedIOException io) {
            err.println("error: " + io.getCause().getMessage());
            code = ExitCode.FAILURE;
        } else {
            err.println("error: " + ex + (debug ? "" : " (run again with --debug for the stack trace)"));
            code = ExitCode.FAILURE;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Bad options or arguments: the message, a pointer to help, exit code 2. */
    static int reportBadArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = ex.getMessage();
        err.println("error: " + (message.startsWith("Error: ") ? message.substring("Error: ".length()) : message));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("see: " + commandLine.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
