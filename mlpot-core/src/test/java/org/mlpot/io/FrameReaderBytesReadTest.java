package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Random;
import org.mlpot.data.Frame;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * {@link FrameReader#bytesRead()}, which progress bars use for an ETA: it grows as frames are read
 * and reaches the stored size of the file (compressed bytes for gzip) at the end; -1 without a file.
 */
class FrameReaderBytesReadTest {
    @TempDir
    Path folder;

    /** 500 periodic 8-atom frames with random positions and forces (so that gzip cannot shrink them to nothing). */
    private static List<Frame> manyFrames() {
        Random random = new Random(5);
        Cell cell = Cell.periodic(new double[][] {{5.4, 0, 0}, {0, 5.4, 0}, {0, 0, 5.4}});
        List<Element> species = java.util.Collections.nCopies(8, Element.Si);
        List<Frame> frames = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            Structure structure = Structure.of(species, ExtXyzTestFrames.randomArray(random, 24, 5.0), cell);
            frames.add(Frame.of(structure, Labels.of(-40 * random.nextDouble(), ExtXyzTestFrames.randomArray(random, 24, 1.0))));
        }
        return frames;
    }

    private static List<Long> positions(FrameReader reader) {
        List<Long> seen = new ArrayList<>();
        seen.add(reader.bytesRead());
        while (reader.hasNext()) {
            reader.next();
            seen.add(reader.bytesRead());
        }
        return seen;
    }

    private static void assertGrowsToTheEnd(List<Long> seen, long size, String what) {
        for (int k = 1; k < seen.size(); k++) {
            assertTrue(seen.get(k) >= seen.get(k - 1), what + ": never goes back");
        }
        assertTrue(seen.get(seen.size() / 4) < size, what + ": part way after a quarter of the frames, " + seen.get(seen.size() / 4));
        assertEquals(size, seen.get(seen.size() - 1), what + ": the whole file at the end");
    }

    @Test
    void extendedXyzPlainAndGzip() throws Exception {
        for (String name : new String[] {"many.xyz", "many.xyz.gz"}) {
            Path file = folder.resolve(name);
            try (ExtXyzWriter writer = ExtXyzWriter.open(file)) {
                for (Frame frame : manyFrames()) {
                    writer.write(frame);
                }
            }
            try (ExtXyzReader reader = ExtXyzReader.open(file)) {
                assertGrowsToTheEnd(positions(reader), Files.size(file), name);
            }
        }
    }

    @Test
    void n2p2() throws Exception {
        Path file = folder.resolve("input.data");
        try (N2p2DataWriter writer = N2p2DataWriter.create(file, N2p2Units.ANGSTROM_EV)) {
            for (Frame frame : manyFrames()) {
                writer.write(frame);
            }
        }
        try (N2p2DataReader reader = N2p2DataReader.open(file, N2p2Units.ANGSTROM_EV)) {
            assertGrowsToTheEnd(positions(reader), Files.size(file), "input.data");
        }
    }

    @Test
    void unknownWithoutAFile() {
        try (ExtXyzReader reader = ExtXyzReader.of(new StringReader("1\n\nH 0 0 0\n"), "text")) {
            assertEquals(-1, reader.bytesRead());
        }
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(""), "text", N2p2Units.ANGSTROM_EV)) {
            assertEquals(-1, reader.bytesRead());
        }
    }
}
