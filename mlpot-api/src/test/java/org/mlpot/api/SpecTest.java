package org.mlpot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/** {@link Spec}: compiling files and text, the diagnostics of bad specs, and the descriptor. */
class SpecTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeData() {
        ExtXyz.write(dir.resolve("si.xyz"), TinyModels.siliconFrames(2));
    }

    @Test
    void loadsASpecFileWithItsTextNameAndDataFiles() throws Exception {
        Path file = dir.resolve("tiny.mlpot");
        Files.writeString(file, TinyModels.networkSpec("si.xyz", 3));
        Spec spec = Spec.load(file);
        assertEquals("tiny", spec.name());
        assertFalse(spec.isGaussianProcess());
        assertEquals(Files.readString(file), spec.text());
        assertEquals(file.toString(), spec.fileName());
        assertEquals(dir.resolve("si.xyz").toAbsolutePath().normalize(), spec.dataFiles().get(0));
        assertTrue(spec.descriptor().size(Element.Si) > 0);
    }

    @Test
    void aGaussianProcessSpecSaysSo() {
        Spec spec = Spec.parse(TinyModels.gaussianProcessSpec("si.xyz"), dir.resolve("gap.mlpot").toString());
        assertTrue(spec.isGaussianProcess());
        assertEquals("tiny_gap", spec.name());
    }

    @Test
    void aSpecMadeFromACheckedSpecPrintsBackToTheSameSpec() {
        Spec parsed = Spec.parse(TinyModels.networkSpec("si.xyz", 3), dir.resolve("tiny.mlpot").toString());
        Spec printed = Spec.of(parsed.modelSpec());
        assertEquals(parsed.modelSpec(), printed.modelSpec());
        assertEquals(parsed.modelSpec(), Spec.parse(printed.text(), dir.resolve("again.mlpot").toString()).modelSpec());
    }

    @Test
    void aBadSpecIsRefusedWithFileLineColumnAndCarets() {
        String text = TinyModels.networkSpec("si.xyz", 3).replace("cutoff 4.5 Å", "cutoff 4.5 Å  function cosin");
        SpecException e = assertThrows(SpecException.class, () -> Spec.parse(text, dir.resolve("bad.mlpot").toString()));
        String message = e.getMessage();
        assertTrue(message.startsWith(dir.resolve("bad.mlpot") + ":4:28: error[SPEC-"), message);
        assertEquals(1, message.lines().filter(line -> line.contains("error[")).count(), message);
        assertTrue(message.contains("cosin"), message);
        assertTrue(message.contains("^"), message);
        assertTrue(e instanceof InputException, "a bad spec is bad input");
    }

    @Test
    void aMissingSpecFileIsNamed() {
        Path missing = dir.resolve("missing.mlpot");
        InputException e = assertThrows(InputException.class, () -> Spec.load(missing));
        assertTrue(e.getMessage().contains("missing.mlpot"), e.getMessage());
    }
}
