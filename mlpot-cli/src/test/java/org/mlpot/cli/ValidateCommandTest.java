package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.dsl.check.SpecCompiler;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.FrameReader;
import org.mlpot.spec.ModelSpec;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private Path spec(String text) throws Exception {
        Path file = dir.resolve("model.mlpot");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void summarisesAValidSpec() throws Exception {
        Files.writeString(dir.resolve("train.xyz"), "1\nProperties=species:S:1:pos:R:3 energy=-1.0\nSi 0 0 0\n");
        Path file = spec("model si {\n  elements Si\n  descriptor soap { cutoff 4 Å  n_max 3  l_max 2 }\n"
                + "  network { hidden 10, 5 }\n  train { data \"train.xyz\" }\n}\n");
        CliTest.Run run = CliTest.mlpot("validate", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("features           Si 18"), run.out());
        assertTrue(run.out().contains("Si 18-10-5-1 (251)"), run.out());
        assertTrue(run.out().contains(dir.resolve("train.xyz").toAbsolutePath().toString()), "resolved data path: " + run.out());
    }

    @Test
    void printsEveryDiagnosticWithACaretAndExitsTwo() throws Exception {
        Path file = spec("model si {\n  elements Si\n  descriptor soap { cutof 4 Å  n_max 3  l_max 2 }\n  network { hidden 10 }\n}\n");
        CliTest.Run run = CliTest.mlpot("validate", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("model.mlpot:3:21: error[SPEC-100]: unknown setting 'cutof'"), run.err());
        assertTrue(run.err().contains("(did you mean 'cutoff'?)"), run.err());
        assertTrue(run.err().contains("      |                     ^^^^^"), run.err());
        assertFalse(run.err().startsWith("error: "), "diagnostics are printed as they are");
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void canonicalPrintCompilesBackToTheSameSpec() throws Exception {
        Path file = spec("model si {\n  elements Si\n  descriptor soap { cutoff 4 Å  n_max 3  l_max 2 }\n  network { hidden 10 }\n}\n");
        CliTest.Run run = CliTest.mlpot("validate", "--canonical", file.toString());
        assertEquals(0, run.code(), run.err());
        ModelSpec original = SpecCompiler.compile(file).spec().orElseThrow();
        assertEquals(original, SpecCompiler.compile(run.out(), dir.resolve("canonical.mlpot").toString()).spec().orElseThrow());
    }

    @Test
    void featuresOfASpecEqualTheCalculatorsOwn() throws Exception {
        Path file = spec("model si {\n  elements Si\n  descriptor acsf { cutoff 5 Å  radial { grid imbalzano(shifted, 4) } }\n"
                + "  network { hidden 10 }\n}\n");
        Path csv = dir.resolve("f.csv");
        CliTest.Run run = CliTest.mlpot("features", "--spec", file.toString(), "--data",
                CliTest.example("si-diamond-64.xyz").toString(), "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(65, rows.size());
        StructureFeatures expected;
        try (FrameReader reader = ExtXyzReader.open(CliTest.example("si-diamond-64.xyz"))) {
            expected = new FeatureCalculator(SpecLoader.descriptor(SpecLoader.load(file)), 1).compute(reader.next().structure(), false);
        }
        String[] cells = rows.get(5).split(",");
        for (int g = 0; g < expected.size(4); g++) {
            assertEquals(expected.value(4, g), Double.parseDouble(cells[3 + g]), 0.0);
        }
        CliTest.Run scaled = CliTest.mlpot("features", "--spec", file.toString(), "--data",
                CliTest.example("si-diamond-64.xyz").toString(), "--out", csv.toString(), "--scaled");
        assertEquals(2, scaled.code());
        assertTrue(scaled.err().contains("no scaling statistics"), scaled.err());
    }
}
