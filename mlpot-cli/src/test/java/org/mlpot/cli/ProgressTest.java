package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress comes as plain lines with count, rate and time left, at most one per interval. */
class ProgressTest {

    @Test
    void plainLinesCarryCountRateAndTimeLeft() {
        StringWriter buffer = new StringWriter();
        PrintWriter log = new PrintWriter(buffer, true);
        try (Progress progress = Progress.lines("md", 100, "steps", log, 0)) {
            progress.stepTo(40, ", T 300 K");
        }
        String line = buffer.toString().strip();
        assertTrue(line.startsWith("md: 40 of 100 steps, "), line);
        assertTrue(line.contains("steps/s") && line.contains("s left") && line.endsWith(", T 300 K"), line);
    }

    @Test
    void atMostOneLinePerInterval() {
        StringWriter buffer = new StringWriter();
        PrintWriter log = new PrintWriter(buffer, true);
        try (Progress progress = Progress.lines("eval", -1, "frames", log, 60_000)) {
            for (int k = 1; k <= 50; k++) {
                progress.stepTo(k, "");
            }
        }
        assertEquals("", buffer.toString(), "nothing before the first interval has passed");
    }
}
