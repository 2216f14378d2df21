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

    @Test
    void commandsPrintPlainLinesWhenNotOnATerminalAndNothingWithQuiet() {
        String data = CliTest.example("si-diamond-64.xyz").toString();
        CliTest.Run eval = CliTest.mlpot("eval", "--model", "builtin:sw-si", "--data", data, "--json", "--log-interval", "0");
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.err().matches("(?s).*eval: \\d+ of \\d+ kB, .* kB/s, 1 frames.*"), eval.err());
        assertTrue(eval.out().startsWith("{"), "stdout holds only the JSON: " + eval.out());

        // measured in the file's bytes, reading has an ETA before the frames are counted
        CliTest.Run many = CliTest.mlpot("eval", "--model", "builtin:sw-si", "--data", CliTest.example("si-sw.xyz.gz").toString(),
                "--json", "--log-interval", "0", "--threads", "1");
        assertEquals(0, many.code(), many.err());
        assertTrue(many.err().contains("s left, ") && many.err().contains(", 431 frames"), many.err());

        CliTest.Run md = CliTest.mlpot("md", "--model", "builtin:sw-si", "--in", data, "--steps", "20", "--every", "10", "--log-interval", "0",
                "--out", System.getProperty("java.io.tmpdir") + "/mlpot-progress-test.xyz");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.err().contains("md: 20 of 20 steps") && md.err().contains("ns/day"), md.err());

        CliTest.Run quiet = CliTest.mlpot("eval", "--model", "builtin:sw-si", "--data", data, "--log-interval", "0", "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err(), "--quiet silences the progress lines");

        CliTest.Run defaultInterval = CliTest.mlpot("eval", "--model", "builtin:sw-si", "--data", data);
        assertEquals("", defaultInterval.err(), "no line before the first interval (15 s) has passed");
    }
}
