package org.mlpot.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command on stderr: a bar with rate and ETA when a person is watching (a
 * terminal), plain lines at most every so many ms otherwise (files, CI), nothing with
 * {@code --quiet}. Made by {@link CommonOptions#progress}.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter log;
    private final String task;
    private final long total;
    private final String unit;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastLine = started;

    private Progress(ProgressBar bar, PrintWriter log, String task, long total, String unit, long intervalMillis) {
        this.bar = bar;
        this.log = log;
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.intervalNanos = intervalMillis * 1_000_000;
    }

    /**
     * Starts a bar on a terminal, or plain periodic lines on stderr otherwise.
     *
     * @param task the label
     * @param total the number of units, or -1 when unknown
     * @param unit the unit name shown with the rate, such as "steps" or "frames"
     * @param quiet neither bar nor lines
     * @param log where plain lines go (stderr)
     * @param intervalMillis the least time between plain lines, ms
     */
    static Progress start(String task, long total, String unit, boolean quiet, PrintWriter log, long intervalMillis) {
        if (quiet) {
            return new Progress(null, null, task, total, unit, 0);
        }
        if (!isTerminal()) {
            return lines(task, total, unit, log, intervalMillis);
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
        return new Progress(bar, null, task, total, unit, 0);
    }

    /** Plain progress lines on {@code log}, at most one per {@code intervalMillis}. */
    static Progress lines(String task, long total, String unit, PrintWriter log, long intervalMillis) {
        return new Progress(null, log, task, total, unit, intervalMillis);
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
            return;
        }
        if (log == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine < intervalNanos) {
            return;
        }
        lastLine = now;
        double seconds = (now - started) * 1e-9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d%s %s, %.3g %s/s", task, done,
                total >= 0 ? " of " + total : "", unit, rate, unit));
        if (total >= 0 && rate > 0 && done < total) {
            line.append(String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate));
        }
        line.append(message);
        log.println(line);
        log.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
