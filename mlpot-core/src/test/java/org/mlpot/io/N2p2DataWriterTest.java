package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class N2p2DataWriterTest {
    /** Positions and forces after a Bohr/Hartree round trip agree to this relative tolerance (a few ulps). */
    private static final double RELATIVE_TOLERANCE = 1e-14;

    private static Frame randomFrame(SplittableRandom random, boolean periodic) {
        Element[] pool = {Element.H, Element.C, Element.O, Element.Si};
        int n = random.nextInt(1, 12);
        List<Element> species = new ArrayList<>();
        double[] positions = new double[3 * n];
        double[] forces = new double[3 * n];
        double[] charges = new double[n];
        double[] nValues = new double[n];
        for (int i = 0; i < n; i++) {
            species.add(pool[random.nextInt(pool.length)]);
            charges[i] = random.nextDouble(-1, 1);
            nValues[i] = random.nextInt(3);
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = random.nextDouble(-5, 15);
                forces[3 * i + c] = random.nextGaussian();
            }
        }
        Cell cell = periodic
                ? Cell.periodic(new double[][] {{10.1, 0, 0}, {-2.3, 9.7, 0}, {1.1, 0.4, 11.3}})
                : Cell.none();
        Map<String, InfoValue> info = new LinkedHashMap<>();
        info.put("comment", new InfoValue.Text("  spaced  comment\nsecond line"));
        info.put("charge", new InfoValue.Real(random.nextDouble(-2, 2)));
        return Frame.of(
                Structure.of(species, positions, cell),
                Labels.of(random.nextDouble(-500, 0), forces),
                null,
                info,
                List.of(new AtomColumn.Reals("charges", 1, charges), new AtomColumn.Reals("n2p2_n", 1, nValues)),
                FrameSource.IN_MEMORY);
    }

    private static String write(List<Frame> frames, N2p2Units units) {
        StringWriter text = new StringWriter();
        try (N2p2DataWriter writer = N2p2DataWriter.of(text, "out.data", units)) {
            frames.forEach(writer::write);
        }
        return text.toString();
    }

    private static List<Frame> read(String text, N2p2Units units) {
        List<Frame> frames = new ArrayList<>();
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(text), "out.data", units)) {
            reader.forEachRemaining(frames::add);
        }
        return frames;
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected)));
    }

    @Test
    void roundTripWithoutConversionIsExact() {
        SplittableRandom random = new SplittableRandom(1);
        List<Frame> frames = List.of(randomFrame(random, true), randomFrame(random, false), randomFrame(random, true));
        List<Frame> back = read(write(frames, N2p2Units.ANGSTROM_EV), N2p2Units.ANGSTROM_EV);
        assertEquals(frames.size(), back.size());
        for (int f = 0; f < frames.size(); f++) {
            Frame expected = frames.get(f);
            Frame actual = back.get(f);
            assertEquals(expected.structure(), actual.structure());
            assertEquals(expected.labels().energy(), actual.labels().energy());
            assertArrayEquals(expected.labels().forces().orElseThrow(), actual.labels().forces().orElseThrow());
            assertEquals(expected.info(), actual.info());
            assertEquals(expected.columns(), actual.columns());
            assertEquals(new FrameSource("out.data", f, actual.source().line()), actual.source());
        }
    }

    @Test
    void roundTripThroughBohrAndHartree() {
        SplittableRandom random = new SplittableRandom(2);
        List<Frame> frames = List.of(randomFrame(random, true), randomFrame(random, false));
        String text = write(frames, N2p2Units.BOHR_HARTREE);
        List<Frame> back = read(text, N2p2Units.BOHR_HARTREE);
        for (int f = 0; f < frames.size(); f++) {
            Frame expected = frames.get(f);
            Frame actual = back.get(f);
            double[] p = expected.structure().positions();
            double[] q = actual.structure().positions();
            for (int k = 0; k < p.length; k++) {
                assertClose(p[k], q[k]);
            }
            double[] a = expected.structure().cell().toRowMajor();
            double[] b = actual.structure().cell().toRowMajor();
            for (int k = 0; k < 9; k++) {
                assertClose(a[k], b[k]);
            }
            assertClose(expected.labels().energy().getAsDouble(), actual.labels().energy().getAsDouble());
            double[] fe = expected.labels().forces().orElseThrow();
            double[] fa = actual.labels().forces().orElseThrow();
            for (int k = 0; k < fe.length; k++) {
                assertClose(fe[k], fa[k]);
            }
            assertEquals(expected.columns(), actual.columns(), "charges are not converted");
        }
        // the file holds atomic units: the first frame's energy is E/Hartree
        Frame first = read(text, N2p2Units.ANGSTROM_EV).get(0);
        assertClose(frames.get(0).labels().energy().getAsDouble() / N2p2Units.BOHR_HARTREE.energyToEv(),
                first.labels().energy().getAsDouble());
        assertClose(frames.get(0).structure().position(0, 0) / N2p2Units.BOHR_HARTREE.lengthToAngstrom(),
                first.structure().position(0, 0));
    }

    @Test
    void writesTheDocumentedLayout() {
        Frame frame = Frame.of(
                Structure.of(List.of(Element.H, Element.H), new double[] {0, 0, 0, 0.75, 0, 0}, Cell.none()),
                Labels.of(-1.5, new double[] {0.25, 0, 0, -0.25, 0, 0}));
        assertEquals(String.join("\n",
                "begin",
                "atom 0.0 0.0 0.0 H 0.0 0.0 0.25 0.0 0.0",
                "atom 0.75 0.0 0.0 H 0.0 0.0 -0.25 0.0 0.0",
                "energy -1.5",
                "end",
                ""), write(List.of(frame), N2p2Units.ANGSTROM_EV));
    }

    @Test
    void framesWithoutLabelsGetZeroForcesAndNoEnergy() {
        Frame frame = Frame.of(
                Structure.of(List.of(Element.He), new double[] {1, 2, 3}, Cell.periodic(new double[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}})),
                Labels.none()).withInfo(Map.of("charge", new InfoValue.Integer(-1)));
        assertEquals(String.join("\n",
                "begin",
                "lattice 4.0 0.0 0.0",
                "lattice 0.0 4.0 0.0",
                "lattice 0.0 0.0 4.0",
                "atom 1.0 2.0 3.0 He 0.0 0.0 0.0 0.0 0.0",
                "charge -1",
                "end",
                ""), write(List.of(frame), N2p2Units.ANGSTROM_EV));
    }

    @Test
    void refusesPartlyPeriodicCells() {
        Cell slab = Cell.of(new double[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 20}}, true, true, false);
        Frame frame = Frame.of(Structure.of(List.of(Element.Si), new double[] {0, 0, 0}, slab), Labels.none())
                .withSource(new FrameSource("slab.xyz", 3, 40));
        InputException e = assertThrows(InputException.class, () -> write(List.of(frame), N2p2Units.ANGSTROM_EV));
        assertEquals("slab.xyz: frame 3 (line 40): cannot write to out.data: n2p2 structures are fully periodic or not"
                + " periodic, but this cell has pbc=[true, true, false]; make the cell fully periodic (add vacuum along"
                + " the open axis) or write another format", e.getMessage());
    }

    @Test
    void refusesACommentThatIsNotText() {
        Frame frame = Frame.of(Structure.of(List.of(Element.Si), new double[] {0, 0, 0}, Cell.none()), Labels.none())
                .withInfo(Map.of("comment", new InfoValue.Integer(5)));
        StringWriter text = new StringWriter();
        try (N2p2DataWriter writer = N2p2DataWriter.of(text, "out.data", N2p2Units.ANGSTROM_EV)) {
            InputException e = assertThrows(InputException.class, () -> writer.write(frame));
            assertEquals("<memory>: frame 0: cannot write to out.data: info entry 'comment' must be a text for n2p2,"
                    + " got Integer[value=5]", e.getMessage());
        }
        assertEquals("", text.toString(), "nothing of a refused frame is written");
    }

    @Test
    void writesAndReadsFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("input.data");
        List<Frame> frames = List.of(randomFrame(new SplittableRandom(3), true));
        try (N2p2DataWriter writer = N2p2DataWriter.create(file, N2p2Units.ANGSTROM_EV)) {
            writer.write(frames.get(0));
        }
        assertTrue(Files.readString(file).startsWith("begin\ncomment   spaced  comment\ncomment second line\nlattice "));
        try (N2p2DataReader reader = N2p2DataReader.open(file, N2p2Units.ANGSTROM_EV)) {
            Frame back = reader.next();
            assertEquals(frames.get(0).structure(), back.structure());
            assertEquals(new FrameSource(file.toString(), 0, 1), back.source());
        }
    }
}
