package org.mlpot.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --json}, the same on every command that prints a result. */
final class JsonOption {
    @Option(names = "--json", description = "Print exactly one JSON object on stdout instead of the text; "
            + "progress, log lines and notes go to stderr.")
    boolean json;

    /** Where log lines and notes go: stderr with {@code --json}, else stdout. */
    PrintWriter notes(CommandSpec spec) {
        return json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    }
}
