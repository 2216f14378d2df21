package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mlpot.testing.Requirements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Frame;

/**
 * Live comparison with ASE when a Python with ASE is installed ({@code python3}, else
 * {@code /usr/bin/python3}): (a) mlpot writes, ASE reads; (b) ASE writes, mlpot reads. Both sides are
 * compared through the dump of {@code io/ase/ase_dump.py}, every value bit for bit.
 */
class ExtXyzAseInteropTest {
    private static String python;

    @BeforeAll
    static void findPython() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import ase").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    python = candidate;
                    return;
                }
            } catch (IOException e) {
                // not installed under this name; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void assumeAse() {
        Requirements.require(python != null, "ASE not found: install python3-ase to run the extxyz interop tests");
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(python);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        byte[] err = p.getErrorStream().readAllBytes();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        assertTrue(done, "python finished within 120 s");
        assertEquals(0, p.exitValue(), "python " + command + " failed:\n" + new String(err, StandardCharsets.UTF_8));
        return out;
    }

    @Test
    void aseReadsWhatMlpotWrites(@TempDir Path dir) throws Exception {
        assumeAse();
        List<Frame> frames = ExtXyzTestFrames.everyFeature();
        for (String name : List.of("mlpot.extxyz", "mlpot.extxyz.gz")) {
            Path file = dir.resolve(name);
            try (ExtXyzWriter writer = ExtXyzWriter.open(file)) {
                frames.forEach(writer::write);
            }
            String aseView = run(ExtXyzTestFrames.resource("io/ase/ase_dump.py").toString(), file.toString());
            AseDump.assertSame(aseView, AseDump.of(frames), "ASE reading " + name);
        }
    }

    @Test
    void mlpotReadsWhatAseWrites(@TempDir Path dir) throws Exception {
        assumeAse();
        run(ExtXyzTestFrames.resource("io/ase/make_files.py").toString(), dir.toString());
        for (String name : ExtXyzAseFilesTest.FILES) {
            String aseView = Files.readString(dir.resolve(name + ".expected"));
            List<Frame> frames = ExtXyzTestFrames.readAll(dir.resolve(name));
            AseDump.assertSame(aseView, AseDump.of(frames), "mlpot reading ASE's " + name);
        }
    }
}
