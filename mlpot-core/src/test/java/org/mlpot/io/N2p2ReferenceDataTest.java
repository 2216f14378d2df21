package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mlpot.testing.Requirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.structure.Element;
import org.mlpot.units.Units;

/**
 * Reads the n2p2 example data sets in place from {@code <repo>/../shared/data/n2p2} (GPL, never
 * copied into this repository) and compares them with the counts of its README and with the
 * reference files written beside them. Skipped, with a message, when the folder is absent.
 */
class N2p2ReferenceDataTest {

    private static Path n2p2Folder() {
        return Requirements.n2p2Data("the n2p2 reference data tests");
    }

    private static List<Frame> read(Path file, N2p2Units units) {
        List<Frame> frames = new ArrayList<>();
        try (N2p2DataReader reader = N2p2DataReader.open(file, units)) {
            reader.forEachRemaining(frames::add);
        }
        return frames;
    }

    /** The data lines (not starting with '#') of a reference file, split into fields. */
    private static List<String[]> table(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.trim().split("\\s+"));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "H2O_RPBE-D3, 20, 2064, true, H O",
        "Cu2S_PBE,    20, 2880, true, S Cu",
        "DMABN_SCAN,  21,  441, false, H C N"})
    void readsTheWholeFileAsTheReadmeDescribesIt(String system, int structures, long atoms, boolean periodic, String elements)
            throws IOException {
        Path folder = n2p2Folder().resolve(system);
        List<Frame> frames = read(folder.resolve("input.data"), N2p2Units.ANGSTROM_EV);
        assertEquals(structures, frames.size());
        assertEquals(atoms, frames.stream().mapToLong(f -> f.structure().size()).sum());
        Set<Element> present = new TreeSet<>();
        for (Frame frame : frames) {
            assertEquals(periodic, frame.structure().cell().fullyPeriodic());
            assertEquals(periodic, frame.structure().cell().hasVectors());
            present.addAll(frame.structure().elements());
            assertTrue(frame.labels().energy().isPresent());
            assertTrue(frame.info().get("comment") instanceof InfoValue.Text);
            assertTrue(frame.info().get("charge") instanceof InfoValue.Real);
        }
        Set<Element> expected = new TreeSet<>();
        for (String symbol : elements.split(" ")) {
            expected.add(Element.of(symbol));
        }
        assertEquals(expected, present);

        // ref_energies.dat: struct natoms E_ref ... where E_ref is the energy line of input.data
        List<String[]> energies = table(folder.resolve("ref_energies.dat"));
        assertEquals(structures, energies.size());
        for (int s = 0; s < structures; s++) {
            assertEquals(Integer.parseInt(energies.get(s)[1]), frames.get(s).structure().size(), "natoms of structure " + (s + 1));
            assertEquals(Double.parseDouble(energies.get(s)[2]), frames.get(s).labels().energy().getAsDouble(),
                    "energy of structure " + (s + 1));
        }
        // ref_forces.dat: struct atom element F_nnp(3) F_ref(3), F_ref copied from input.data as text
        List<String[]> forces = table(folder.resolve("ref_forces.dat"));
        assertEquals(atoms, forces.size());
        for (String[] row : forces) {
            Frame frame = frames.get(Integer.parseInt(row[0]) - 1);
            int atom = Integer.parseInt(row[1]) - 1;
            assertEquals(Element.of(row[2]), frame.structure().species(atom));
            for (int c = 0; c < 3; c++) {
                assertEquals(Double.parseDouble(row[6 + c]), frame.labels().force(3 * atom + c),
                        "force " + c + " of atom " + row[1] + " in structure " + row[0]);
            }
        }
    }

    @Test
    void h2oValuesMatchTheTextInAtomicUnits() {
        List<Frame> frames = read(n2p2Folder().resolve("H2O_RPBE-D3/input.data"), N2p2Units.BOHR_HARTREE);
        assertEquals(List.of(192, 48), List.of(frames.get(0).structure().size(), frames.get(1).structure().size()));
        Frame first = frames.get(0);
        // lattice      24.623508      0.000000      0.000000
        assertEquals(24.623508 * Units.BOHR, first.structure().cell().get(0, 0), 1e-12);
        // atom     3.735290838    2.327841157    3.501304856   O   -0.226389360    0.000000000   -0.006530137 ...
        assertEquals(Element.O, first.structure().species(0));
        assertEquals(3.735290838 * Units.BOHR, first.structure().position(0, 0), 1e-12);
        assertEquals(-0.006530137 * Units.HARTREE / Units.BOHR, first.labels().force(0), 1e-15);
        AtomColumn.Reals charges = (AtomColumn.Reals) first.columns().get(0);
        assertEquals(-0.226389360, charges.values()[0]);
        // energy   -4900.37328433
        assertEquals(-4900.37328433 * Units.HARTREE, first.labels().energy().getAsDouble(), 1e-9);
        assertEquals(new InfoValue.Text("written by RuNNerDecom"), first.info().get("comment"));
    }

    @Test
    void cu2sValuesMatchTheText() {
        Frame first = read(n2p2Folder().resolve("Cu2S_PBE/input.data"), N2p2Units.ANGSTROM_EV).get(0);
        // lattice -6.055885795 0.000000000 12.226281044  (monoclinic)
        assertEquals(-6.055885795, first.structure().cell().get(2, 0));
        assertEquals(12.226281044, first.structure().cell().get(2, 2));
        // atom 9.66279 1.04561 10.73808 S 0.0 0.0 0.107416 0.024235 -0.891279
        assertEquals(Element.S, first.structure().species(0));
        assertEquals(10.73808, first.structure().position(0, 2));
        assertEquals(-0.891279, first.labels().force(2));
        assertEquals(-567.404752, first.labels().energy().getAsDouble());
        assertEquals(new InfoValue.Text("source_file_name=OUTCAR_4_1"), first.info().get("comment"));
    }

    @Test
    void dmabnValuesMatchTheText() {
        Frame first = read(n2p2Folder().resolve("DMABN_SCAN/input.data"), N2p2Units.ANGSTROM_EV).get(0);
        assertEquals(new InfoValue.Text("      frame number       51"), first.info().get("comment"));
        // atom      19.83251167146305      16.41913713228821      14.16783556224251     C  0.00  0.00 ...
        assertEquals(Element.C, first.structure().species(0));
        assertEquals(19.83251167146305, first.structure().position(0, 0));
        assertEquals(0.08432160529386, first.labels().force(1));
        assertEquals(-76.86434126036589, first.labels().energy().getAsDouble());
        assertEquals(new InfoValue.Real(0.0), first.info().get("charge"));
    }
}
