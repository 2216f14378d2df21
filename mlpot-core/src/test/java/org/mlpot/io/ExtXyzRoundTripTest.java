package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class ExtXyzRoundTripTest {

    private static String write(List<Frame> frames) {
        StringWriter out = new StringWriter();
        try (ExtXyzWriter writer = ExtXyzWriter.of(out)) {
            frames.forEach(writer::write);
        }
        return out.toString();
    }

    @Test
    void writeThenReadGivesTheSameFrames() {
        List<Frame> frames = ExtXyzTestFrames.everyFeature();
        List<Frame> back = ExtXyzTestFrames.readAll(write(frames), "mem.xyz");
        assertEquals(frames.size(), back.size());
        for (int k = 0; k < frames.size(); k++) {
            ExtXyzTestFrames.assertSameFrame(frames.get(k), back.get(k));
            assertEquals("mem.xyz", back.get(k).source().file());
            assertEquals(k, back.get(k).source().index());
        }
        assertEquals(1, back.get(0).source().line());
        assertEquals(1 + 2 + 4, back.get(1).source().line());
    }

    @Test
    void gzipFilesRoundTripAndAreCompressed(@TempDir Path dir) throws IOException {
        List<Frame> frames = ExtXyzTestFrames.everyFeature();
        Path file = dir.resolve("frames.extxyz.gz");
        try (ExtXyzWriter writer = ExtXyzWriter.open(file)) {
            frames.forEach(writer::write);
        }
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(0x1f, in.read(), "gzip magic byte 1");
            assertEquals(0x8b, in.read(), "gzip magic byte 2");
        }
        List<Frame> back = ExtXyzTestFrames.readAll(file);
        assertEquals(frames.size(), back.size());
        for (int k = 0; k < frames.size(); k++) {
            ExtXyzTestFrames.assertSameFrame(frames.get(k), back.get(k));
        }
        assertEquals(file.toString(), back.get(0).source().file());
    }

    @Test
    void plainFilesRoundTrip(@TempDir Path dir) {
        List<Frame> frames = ExtXyzTestFrames.everyFeature();
        Path file = dir.resolve("frames.extxyz");
        try (ExtXyzWriter writer = ExtXyzWriter.open(file)) {
            frames.forEach(writer::write);
        }
        List<Frame> back = ExtXyzTestFrames.readAll(file);
        for (int k = 0; k < frames.size(); k++) {
            ExtXyzTestFrames.assertSameFrame(frames.get(k), back.get(k));
        }
    }

    @Test
    void writesTheLayoutAseWrites() {
        String text = write(ExtXyzTestFrames.everyFeature());
        String[] lines = text.split("\n");
        assertEquals("4", lines[0]);
        String comment = lines[1];
        assertTrue(comment.startsWith("Lattice=\"5.1 0.0 0.0 1.3 4.9 0.0 -0.7 0.9 5.3\" Properties=species:S:1:pos:R:3:masses:R:1:momenta:R:3:"
                + "tags:I:1:initial_charges:R:1:fixed:L:1:label:S:1:velocities:R:3:counts:I:2:mask:L:3:forces:R:3:energies:R:1 "
                + "energy=-23.456789012345677 free_energy=-23.5 stress=\"0.01 0.0071 -0.0045 0.0071 -0.02 1.0E-17 -0.0045 1.0E-17 0.003\" "
                + "config_type=\"md run at 300 K\" quoted=\"say \\\"hi\\\" it's {a} [b] x=y back\\\\slash\" step=-42"), comment);
        assertTrue(comment.endsWith(" \"my key\"=x pbc=\"T T T\""), comment);
        assertTrue(lines[2].startsWith("Si "), lines[2]);
        assertTrue(text.contains(" energy=nan "), "NaN energy written as Python writes it");
        assertTrue(text.contains("pbc=\"T F T\""), "partial periodicity");
        assertTrue(text.contains("\nProperties=species:S:1:pos:R:3 pbc=\"F F F\"\n"), "a molecule has no Lattice, no labels, no masses");
    }

    @Test
    void standardMassesAreNotWritten() {
        Structure water = Structure.of(List.of(Element.O, Element.H, Element.H), new double[9], Cell.none());
        String text = write(List.of(Frame.of(water, Labels.of(-1.0, new double[9]))));
        assertTrue(text.contains("Properties=species:S:1:pos:R:3:forces:R:3 energy=-1.0 pbc=\"F F F\""), text);
    }

    @Test
    void stringsThatLookLikeNumbersReadBackAsNumbersAsInAse() {
        Structure atom = Structure.of(List.of(Element.H), new double[3], Cell.none());
        Frame frame = Frame.of(atom, Labels.none()).withInfo(Map.of("n", new InfoValue.Text("300")));
        Frame back = ExtXyzTestFrames.readAll(write(List.of(frame)), "x").get(0);
        assertEquals(new InfoValue.Integer(300), back.info().get("n"));
    }

    @Test
    void refusesFramesThatCannotBeWrittenFaithfully() {
        Structure atom = Structure.of(List.of(Element.H), new double[3], Cell.none());
        Frame plain = Frame.of(atom, Labels.none());
        assertRefused(plain.withInfo(Map.of("energy", new InfoValue.Real(1))), "clashes with the extxyz energy entry");
        assertRefused(plain.withInfo(Map.of("pbc", new InfoValue.Bool(true))), "clashes");
        assertRefused(plain.withInfo(Map.of("note", new InfoValue.Text(""))), "empty");
        assertRefused(plain.withInfo(Map.of("note", new InfoValue.Text("two\nlines"))), "line break");
        assertRefused(plain.withInfo(Map.of("list", new InfoValue.Reals(new double[0]))), "empty list");
        assertRefused(withColumn(atom, new AtomColumn.Reals("forces", 3, new double[3])), "rename it");
        assertRefused(withColumn(atom, new AtomColumn.Reals("a:b", 1, new double[1])), "cannot be written in Properties");
        assertRefused(withColumn(atom, new AtomColumn.Texts("label", 1, new String[] {"two words"})), "without whitespace");
        assertRefused(withColumn(atom, new AtomColumn.Integers("big", 1, new long[] {1L << 31})), "outside the 32-bit range");
    }

    private static Frame withColumn(Structure s, AtomColumn column) {
        return Frame.of(s, Labels.none(), null, Map.of(), List.of(column), org.mlpot.data.FrameSource.IN_MEMORY);
    }

    private static void assertRefused(Frame frame, String fragment) {
        StringWriter out = new StringWriter();
        ExtXyzWriter writer = ExtXyzWriter.of(out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(frame));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        writer.close();
        assertEquals("", out.toString(), "nothing written for a refused frame");
    }

    @Test
    void momentaAreVelocitiesTimesMassInAseUnits() {
        Structure atom = Structure.of(new Element[] {Element.H}, new double[3], new double[] {2.0}, Cell.none());
        double[] v = {0.01, -0.02, 0.03}; // Å/fs
        String text = write(List.of(Frame.of(atom, Labels.none()).withVelocities(v)));
        String atomLine = text.split("\n")[2];
        String[] tokens = atomLine.trim().split("\\s+");
        assertTrue(text.contains("Properties=species:S:1:pos:R:3:masses:R:1:momenta:R:3 "), text);
        double p0 = Double.parseDouble(tokens[5]);
        assertEquals(0.01 * 2.0 * org.mlpot.units.Units.ASE_TIME, p0, 1e-17);
        Frame back = ExtXyzTestFrames.readAll(text, "x").get(0);
        assertArrayEquals(v, back.velocities().orElseThrow(), 1e-17);
    }
}
