package org.mlpot.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--quiet", description = "Print no progress bar and no periodic log lines.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Option(names = "--log-interval", paramLabel = "SECONDS", defaultValue = "15",
            description = "When stderr is not a terminal (CI, files): seconds between plain progress lines instead of "
                    + "a progress bar (default: ${DEFAULT-VALUE}).")
    double logInterval;

    /**
     * Progress of a task on stderr: a bar on a terminal, plain lines every {@code --log-interval}
     * seconds on {@code err} otherwise, nothing with {@code --quiet}.
     *
     * @param total the number of units, or -1 when unknown
     * @throws org.mlpot.io.InputException when {@code --log-interval} is negative or not a number
     */
    Progress progress(String task, long total, String unit, PrintWriter err) {
        if (!(logInterval >= 0) || Double.isInfinite(logInterval)) {
            throw new org.mlpot.io.InputException("--log-interval must be 0 or more seconds, got " + logInterval);
        }
        return Progress.start(task, total, unit, quiet, err, Math.round(logInterval * 1000));
    }
}
