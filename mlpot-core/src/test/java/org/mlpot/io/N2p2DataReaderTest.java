package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.InfoValue;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.units.Units;

class N2p2DataReaderTest {
    /** Tolerance for values converted between units: a few ulps of numbers of order 10. */
    private static final double TOLERANCE = 1e-12;

    private static final String TWO_STRUCTURES = String.join("\n",
            "begin",
            "comment water in a box",
            "lattice 10.0 0.0 0.0",
            "lattice 0.0 11.0 0.0",
            "lattice 1.0 0.0 12.0",
            "atom 0.0 0.0 0.0 O -0.8 0.0 0.1 0.2 0.3",
            "atom 0.9 0.3 0.0 H 0.4 0.0 -0.1 0.0 0.0",
            "atom -0.3 0.9 0.0 H 0.4 0.0 0.0 -0.2 -0.3",
            "energy -76.5",
            "charge 0.0",
            "end",
            "",
            "   begin",
            "\tatom   1.0\t2.0  3.0 Cu  0.0  0.5  0.0 0.0 0.0   ",
            "  energy -1.25e1",
            " end",
            "");

    private static List<Frame> readAll(String text, N2p2Units units) {
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(text), "test.data", units)) {
            List<Frame> frames = new ArrayList<>();
            while (reader.hasNext()) {
                frames.add(reader.next());
            }
            assertThrows(NoSuchElementException.class, reader::next);
            return frames;
        }
    }

    @Test
    void readsStructuresLabelsAndExtras() {
        List<Frame> frames = readAll(TWO_STRUCTURES, N2p2Units.ANGSTROM_EV);
        assertEquals(2, frames.size());

        Frame water = frames.get(0);
        assertEquals(3, water.structure().size());
        assertEquals(List.of(Element.O, Element.H, Element.H), water.structure().speciesList());
        assertArrayEquals(new double[] {0, 0, 0, 0.9, 0.3, 0, -0.3, 0.9, 0}, water.structure().positions());
        Cell cell = water.structure().cell();
        assertTrue(cell.fullyPeriodic());
        assertArrayEquals(new double[] {10, 0, 0, 0, 11, 0, 1, 0, 12}, cell.toRowMajor());
        assertEquals(-76.5, water.labels().energy().getAsDouble());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, -0.1, 0, 0, 0, -0.2, -0.3}, water.labels().forces().orElseThrow());
        assertEquals(new InfoValue.Text("water in a box"), water.info().get(N2p2DataReader.COMMENT_INFO));
        assertEquals(new InfoValue.Real(0.0), water.info().get(N2p2DataReader.CHARGE_INFO));
        assertEquals(List.of(
                new AtomColumn.Reals(N2p2DataReader.CHARGES_COLUMN, 1, new double[] {-0.8, 0.4, 0.4}),
                new AtomColumn.Reals(N2p2DataReader.N_COLUMN, 1, new double[] {0, 0, 0})), water.columns());
        assertEquals(new FrameSource("test.data", 0, 1), water.source());

        Frame copper = frames.get(1);
        assertEquals(Cell.none(), copper.structure().cell());
        assertEquals(Element.Cu, copper.structure().species(0));
        assertArrayEquals(new double[] {1, 2, 3}, copper.structure().positions());
        assertEquals(-12.5, copper.labels().energy().getAsDouble());
        assertFalse(copper.info().containsKey(N2p2DataReader.COMMENT_INFO));
        assertFalse(copper.info().containsKey(N2p2DataReader.CHARGE_INFO));
        assertEquals(new AtomColumn.Reals(N2p2DataReader.N_COLUMN, 1, new double[] {0.5}), copper.columns().get(1));
        assertEquals(new FrameSource("test.data", 1, 13), copper.source());
    }

    @Test
    void structureWithoutEnergyLineHasNoEnergyLabel() {
        List<Frame> frames = readAll("begin\natom 0 0 0 H 0 0 0 0 0\nend\n", N2p2Units.ANGSTROM_EV);
        assertTrue(frames.get(0).labels().energy().isEmpty());
        assertTrue(frames.get(0).labels().hasForces());
    }

    @Test
    void commentKeepsTextVerbatimAndJoinsSeveralLines() {
        String text = "begin\ncomment       frame number       51\ncomment\ncomment second  line \natom 0 0 0 H 0 0 0 0 0\nend\n";
        Frame frame = readAll(text, N2p2Units.ANGSTROM_EV).get(0);
        assertEquals(new InfoValue.Text("      frame number       51\n\nsecond  line "), frame.info().get("comment"));
    }

    @Test
    void convertsBohrAndHartree() {
        String text = "begin\nlattice 10 0 0\nlattice 0 10 0\nlattice 0 0 10\natom 1 2 3 Si 0.5 0 0.1 -0.2 0.3\nenergy -2\ncharge 1\nend\n";
        Frame frame = readAll(text, N2p2Units.BOHR_HARTREE).get(0);
        double force = Units.HARTREE / Units.BOHR;
        assertEquals(10 * Units.BOHR, frame.structure().cell().get(1, 1), TOLERANCE);
        assertEquals(3 * Units.BOHR, frame.structure().position(0, 2), TOLERANCE);
        assertEquals(-2 * Units.HARTREE, frame.labels().energy().getAsDouble(), TOLERANCE);
        assertArrayEquals(new double[] {0.1 * force, -0.2 * force, 0.3 * force}, frame.labels().forces().orElseThrow(), TOLERANCE);
        // charges are not converted
        assertEquals(new InfoValue.Real(1.0), frame.info().get("charge"));
        assertEquals(new AtomColumn.Reals("charges", 1, new double[] {0.5}), frame.columns().get(0));
    }

    @Test
    void readsNonFiniteLabelsForTheChecksToReport() {
        Frame frame = readAll("begin\natom 0 0 0 H 0 0 nan 0 0\nenergy inf\nend\n", N2p2Units.ANGSTROM_EV).get(0);
        assertTrue(Double.isNaN(frame.labels().force(0)));
        assertEquals(Double.POSITIVE_INFINITY, frame.labels().energy().getAsDouble());
    }

    @Test
    void emptyInputHasNoFrames() {
        assertTrue(readAll("", N2p2Units.ANGSTROM_EV).isEmpty());
        assertTrue(readAll("\n  \n", N2p2Units.ANGSTROM_EV).isEmpty());
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        Path missing = dir.resolve("input.data");
        InputException e = assertThrows(InputException.class, () -> N2p2DataReader.open(missing, N2p2Units.ANGSTROM_EV));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    static Stream<Arguments> malformed() {
        String atom = "atom 0 0 0 H 0 0 0 0 0\n";
        return Stream.of(
                Arguments.of(atom, 1, "'atom' outside a structure; every structure starts with a line 'begin' and ends with a line 'end'"),
                Arguments.of("begin\n" + atom + "end\nenergy 1\n", 4, "'energy' outside a structure; every structure starts with a line 'begin' and ends with a line 'end'"),
                Arguments.of("begin\n" + atom + "forces 1 2 3\nend\n", 3, "unknown keyword 'forces'; expected one of: begin, comment, lattice, atom, energy, charge, end"),
                Arguments.of("hello\n", 1, "unknown keyword 'hello'; expected one of: begin, comment, lattice, atom, energy, charge, end"),
                Arguments.of("begin\n" + atom, 2, "the file ends inside the structure that begins on line 1; add its 'end' line"),
                Arguments.of("begin\n" + atom + "begin\n" + atom + "end\n", 3, "'begin' inside the structure that begins on line 1; add its 'end' line"),
                Arguments.of("begin\n" + atom + "\nend\n", 3, "blank line inside the structure that begins on line 1; n2p2 refuses these too: remove it"),
                Arguments.of("begin\natom 0 0 0 H 0 0 0 0\nend\n", 2, "'atom' line has 9 fields, expected 10: atom x y z element q n fx fy fz"),
                Arguments.of("begin\natom 0 0 0 H 0 0 0 0 0 0\nend\n", 2, "'atom' line has 11 fields, expected 10: atom x y z element q n fx fy fz"),
                Arguments.of("begin\n" + atom + "lattice 1 0\nend\n", 3, "'lattice' line has 3 fields, expected 4: lattice x y z"),
                Arguments.of("begin\n" + atom + "energy\nend\n", 3, "'energy' line has 1 field, expected 2: energy E"),
                Arguments.of("begin\n" + atom + "charge 0 1\nend\n", 3, "'charge' line has 3 fields, expected 2: charge Q"),
                Arguments.of("begin 1\n" + atom + "end\n", 1, "'begin' line has 2 fields, expected 1: begin"),
                Arguments.of("begin\n" + atom + "end here\n", 3, "'end' line has 2 fields, expected 1: end"),
                Arguments.of("begin\natom 0 0 0.0.1 H 0 0 0 0 0\nend\n", 2, "field 4: '0.0.1' is not a number"),
                Arguments.of("begin\natom 0 0 0 H 0 0 0 1.0d0 0\nend\n", 2, "field 9: '1.0d0' is not a number"),
                Arguments.of("begin\n" + atom + "energy -1,5\nend\n", 3, "field 2: '-1,5' is not a number"),
                Arguments.of("begin\natom 0 nan 0 H 0 0 0 0 0\nend\n", 2, "field 3: coordinate must be finite, got nan"),
                Arguments.of("begin\natom 0 0 0 Xx 0 0 0 0 0\nend\n", 2, "field 5: unknown element 'Xx'"),
                Arguments.of("begin\natom 0 0 0 si 0 0 0 0 0\nend\n", 2, "field 5: unknown element 'si' (did you mean 'Si'? symbols are case-sensitive)"),
                Arguments.of("begin\n" + atom + "energy 1\nenergy 2\nend\n", 4, "a second energy line in the structure that begins on line 1; keep one"),
                Arguments.of("begin\n" + atom + "charge 1\ncharge 2\nend\n", 4, "a second charge line in the structure that begins on line 1; keep one"),
                Arguments.of("begin\nlattice 1 0 0\nlattice 0 1 0\n" + atom + "end\n", 5, "the structure that begins on line 1 has 2 lattice lines; give all three (a, b, c) or none"),
                Arguments.of("begin\nlattice 1 0 0\n" + atom + "end\n", 4, "the structure that begins on line 1 has 1 lattice line; give all three (a, b, c) or none"),
                Arguments.of("begin\nlattice 1 0 0\nlattice 0 1 0\nlattice 0 0 1\nlattice 1 1 1\n" + atom + "end\n", 5, "a fourth lattice line; a structure has exactly three (a, b, c) or none"),
                Arguments.of("begin\nlattice 1 0 0\nlattice 0 1 0\nlattice 0 0 inf\n" + atom + "end\n", 4, "field 4: lattice component must be finite, got inf"),
                Arguments.of("begin\ncomment empty\nenergy 1\nend\n", 4, "the structure that begins on line 1 has no atoms"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesMalformedInputNamingFileAndLine(String text, int line, String message) {
        FormatException e = assertThrows(FormatException.class, () -> readAll(text, N2p2Units.ANGSTROM_EV));
        assertEquals("test.data", e.file());
        assertEquals(line, e.line());
        assertEquals("test.data:" + line + ": " + message, e.getMessage());
    }

    @Test
    void refusesLinearlyDependentLatticeAtItsLastLine() {
        String text = "begin\nlattice 1 0 0\nlattice 2 0 0\nlattice 0 0 1\natom 0 0 0 H 0 0 0 0 0\nend\n";
        FormatException e = assertThrows(FormatException.class, () -> readAll(text, N2p2Units.ANGSTROM_EV));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("test.data:4: lattice vectors are linearly dependent"), e.getMessage());
    }

    @Test
    void framesBeforeAnErrorAreDelivered() {
        String text = "begin\natom 0 0 0 H 0 0 0 0 0\nend\nbegin\natom 0 0 0 H 0 0 0 0\nend\n";
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(text), "test.data", N2p2Units.ANGSTROM_EV)) {
            assertTrue(reader.hasNext());
            assertEquals(0, reader.next().source().index());
            FormatException e = assertThrows(FormatException.class, reader::hasNext);
            assertEquals(5, e.line());
        }
    }
}
