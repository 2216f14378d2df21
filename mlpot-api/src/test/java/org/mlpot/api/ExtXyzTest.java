package org.mlpot.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.Frame;
import org.mlpot.io.FormatException;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;

/** {@link ExtXyz}: writing and reading back, streaming, and refusing malformed files. */
class ExtXyzTest {
    @TempDir
    Path dir;

    @Test
    void framesReadBackBitForBitPlainAndCompressed() {
        List<Frame> frames = TinyModels.siliconFrames(3);
        for (String name : new String[] {"round.xyz", "round.xyz.gz"}) {
            Path file = dir.resolve(name);
            ExtXyz.write(file, frames);
            List<Frame> back = ExtXyz.read(file);
            assertEquals(frames.size(), back.size());
            for (int m = 0; m < frames.size(); m++) {
                assertEquals(frames.get(m).structure(), back.get(m).structure());
                assertEquals(frames.get(m).labels().energy().getAsDouble(), back.get(m).labels().energy().getAsDouble());
                assertArrayEquals(frames.get(m).labels().forces().orElseThrow(), back.get(m).labels().forces().orElseThrow());
            }
        }
    }

    @Test
    void streamsFramesOneAtATimeAndTheWriterAppends() {
        Path file = dir.resolve("stream.xyz");
        List<Frame> frames = TinyModels.siliconFrames(4);
        try (FrameWriter writer = ExtXyz.writer(file)) {
            frames.forEach(writer::write);
        }
        try (Stream<Frame> stream = ExtXyz.stream(file)) {
            assertEquals(List.of(64, 64), stream.skip(2).map(f -> f.structure().size()).toList());
        }
    }

    @Test
    void malformedAndMissingFilesAreNamed() throws Exception {
        Path bad = dir.resolve("bad.xyz");
        Files.writeString(bad, "2\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3\nSi 0 0 0\nSi 1 x 1\n");
        FormatException e = assertThrows(FormatException.class, () -> ExtXyz.read(bad));
        assertTrue(e.getMessage().contains("bad.xyz") && e.getMessage().contains("4"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> ExtXyz.read(dir.resolve("none.xyz")));
        assertTrue(missing.getMessage().contains("none.xyz"), missing.getMessage());
    }
}
