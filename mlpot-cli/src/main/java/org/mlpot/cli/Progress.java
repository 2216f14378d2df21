package org.mlpot.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and ETA on stderr when it is a terminal; nothing otherwise (commands
 * print their own periodic log lines, which suit files and CI).
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Starts a bar.
     *
     * @param task the label
     * @param total the number of units, or -1 when unknown
     * @param unit the unit name shown with the rate, such as "steps" or "frames"
     * @param quiet no bar at all
     */
    static Progress start(String task, long total, String unit, boolean quiet) {
        if (quiet || !isTerminal()) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
        return new Progress(bar);
    }

    /** Whether a person is watching: stdout and stdin are a terminal. */
    static boolean isTerminal() {
        return System.console() != null;
    }

    /** Moves the bar to {@code done} units with a short status message. */
    void stepTo(long done, String message) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
