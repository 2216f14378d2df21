package org.mlpot.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.api.ExtXyz;
import org.mlpot.api.Model;
import org.mlpot.data.Frame;
import org.mlpot.potential.Result;

/** Runs {@link EmbeddingExample#main} on the bundled files and checks what it prints and writes. */
class EmbeddingExampleTest {
    @TempDir
    Path output;

    @Test
    void trainsEvaluatesRunsMdAndWritesFilesThatReadBack() throws Exception {
        Path example = Path.of(System.getProperty("mlpot.repo.root", "../..")).resolve("examples/embedding");
        String printed = run(example.toString(), output.toString());
        System.out.print(printed);

        List<String> epochs = printed.lines().filter(l -> l.startsWith("epoch ")).toList();
        assertTrue(!epochs.isEmpty() && epochs.size() <= 40, "one line per epoch, at most the spec's 40:\n" + printed);
        assertTrue(epochs.get(0).contains("validation"), epochs.get(0));
        assertTrue(printed.contains("md COMPLETED after 50 steps"), printed);

        Model model = Model.load(output.resolve("tiny-silicon.mlpmodel"));
        assertEquals("tiny_silicon", model.name());
        assertTrue(model.provenance().orElseThrow().specText().contains("model tiny_silicon"));

        List<Frame> reference = ExtXyz.read(example.resolve("si-frames.xyz"));
        List<Frame> predicted = ExtXyz.read(output.resolve("predicted.xyz"));
        assertEquals(4, predicted.size());
        for (int m = 0; m < predicted.size(); m++) {
            Frame frame = predicted.get(m);
            double perAtom = frame.labels().energy().getAsDouble() / frame.structure().size();
            double referencePerAtom = reference.get(reference.size() - 4 + m).labels().energy().getAsDouble()
                    / frame.structure().size();
            assertTrue(Math.abs(perAtom - referencePerAtom) < 0.5,
                    "structure " + m + ": " + perAtom + " eV/atom, within 0.5 eV/atom of the reference " + referencePerAtom);
            for (double f : frame.labels().forces().orElseThrow()) {
                assertTrue(Double.isFinite(f) && Math.abs(f) < 50, "a force of " + f + " eV/Å");
            }
            Result again = model.evaluate(frame.structure());
            assertEquals(again.energy(), frame.labels().energy().getAsDouble(), 1e-9, "the file holds the model's energy (1e-9 eV)");
        }

        List<Frame> trajectory = ExtXyz.read(output.resolve("md.xyz"));
        assertEquals(6, trajectory.size(), "steps 0, 10, ..., 50");
        for (Frame frame : trajectory) {
            double perAtom = frame.labels().energy().getAsDouble() / frame.structure().size();
            assertTrue(perAtom > -5 && perAtom < -3, "an MD energy of " + perAtom + " eV/atom at 300 K");
            assertTrue(frame.velocities().isPresent());
        }
    }

    /** What main prints. */
    private static String run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            EmbeddingExample.main(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
