package org.mlpot.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mlpot.io.InputException;
import org.mlpot.potential.Property;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class DataChecksTest {
    private static final FrameSource SOURCE = new FrameSource("si.xyz", 12, 845);
    private static final String WHERE = "si.xyz: frame 12 (line 845): ";

    /** Diamond silicon, 8 atoms in a cubic cell of 5.43 Å: nearest neighbours 2.35 Å apart. */
    private static Structure diamond() {
        double a = 5.43;
        double[] fractional = {0, 0, 0, 0.5, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0.5,
            0.25, 0.25, 0.25, 0.75, 0.75, 0.25, 0.75, 0.25, 0.75, 0.25, 0.75, 0.75};
        double[] p = new double[24];
        for (int i = 0; i < 24; i++) {
            p[i] = fractional[i] * a;
        }
        return Structure.of(List.of(Element.Si, Element.Si, Element.Si, Element.Si, Element.Si, Element.Si, Element.Si, Element.Si),
                p, Cell.periodic(new double[][] {{a, 0, 0}, {0, a, 0}, {0, 0, a}}));
    }

    private static Frame labelled(Structure s) {
        return Frame.of(s, Labels.of(-4.3 * s.size(), new double[3 * s.size()])).withSource(SOURCE);
    }

    private static Dataset one(Frame frame) {
        return Dataset.of("si.xyz", List.of(frame));
    }

    private static List<String> problems(DataChecks checks, Frame frame) {
        return checks.problems(one(frame));
    }

    private static Structure pair(double distance, Cell cell) {
        return Structure.of(List.of(Element.Si, Element.Si), new double[] {0.1, 1, 1, 0.1 + distance, 1, 1}, cell);
    }

    @Test
    void cleanDataPasses() {
        DataChecks checks = new DataChecks(Set.of(Element.Si), 2.0, Set.of(Property.ENERGY, Property.FORCES));
        assertDoesNotThrow(() -> checks.check(one(labelled(diamond()))));
        assertEquals(List.of(), checks.problems(one(labelled(diamond()))));
    }

    @Test
    void refusesAnEmptyDataSet() {
        InputException e = assertThrows(InputException.class, () -> DataChecks.defaults().check(Dataset.of("si.xyz", List.of())));
        assertEquals("data set si.xyz has 1 problem:\n  si.xyz: no frames; check the file name and that the file holds structures",
                e.getMessage());
    }

    @Test
    void refusesNonFiniteLabels() {
        double[] forces = new double[24];
        forces[7] = Double.POSITIVE_INFINITY;
        forces[8] = Double.NaN;
        double[] atomEnergies = new double[8];
        atomEnergies[3] = Double.NaN;
        Frame frame = Frame.of(diamond(), Labels.of(Double.NaN, Double.NEGATIVE_INFINITY, forces, null, atomEnergies)).withSource(SOURCE);
        assertEquals(List.of(
                WHERE + "energy is NaN; fix the reference calculation or remove the frame",
                WHERE + "free energy is -Infinity; fix the reference calculation or remove the frame",
                WHERE + "forces have 2 non-finite values (first: Infinity at atom 2 y); fix the reference calculation or remove the frame",
                WHERE + "atom energies have 1 non-finite value (first: NaN at atom 3); fix the reference calculation or remove the frame"),
                problems(DataChecks.defaults(), frame));
    }

    @Test
    void refusesArraysOfTheWrongShape() {
        Frame frame = Frame.of(diamond(), Labels.of(-1.0, null, new double[21], null, new double[9])).withSource(SOURCE);
        assertEquals(List.of(
                WHERE + "forces have 21 values but the frame has 8 atoms (expected 24); the file's forces do not match its atoms",
                WHERE + "atom energies have 9 values but the frame has 8 atoms; the file's atom energies do not match its atoms"),
                problems(DataChecks.defaults(), frame));
    }

    @Test
    void refusesElementsTheModelDoesNotKnow() {
        Structure s = Structure.of(List.of(Element.Cu, Element.Si, Element.Au), new double[] {0, 0, 0, 3, 0, 0, 6, 0, 0}, Cell.none());
        DataChecks checks = DataChecks.defaults().withAllowedElements(Set.of(Element.Si, Element.O));
        assertEquals(List.of(WHERE + "frame has elements Cu, Au but the model knows only O, Si;"
                + " add the element to the model or remove the frame"), problems(checks, labelled(s)));
        Structure copper = Structure.of(List.of(Element.Cu), new double[] {0, 0, 0}, Cell.none());
        assertEquals(List.of(WHERE + "frame has element Cu but the model knows only O, Si;"
                + " add the element to the model or remove the frame"), problems(checks, labelled(copper)));
        assertEquals(List.of(), problems(DataChecks.defaults(), labelled(s)), "an empty set allows every element");
    }

    @Test
    void refusesAtomsCloserThanTheMinimumDistance() {
        assertEquals(List.of(WHERE + "atoms 0 (Si) and 1 (Si) are 0.3000 Å apart, closer than the minimum 0.5 Å;"
                + " check the length unit (Bohr read as Å?) and the cell, or remove the frame"),
                problems(DataChecks.defaults(), labelled(pair(0.3, Cell.none()))));
        assertEquals(List.of(), problems(DataChecks.defaults().withMinDistance(0.25), labelled(pair(0.3, Cell.none()))));
        assertEquals(List.of(), problems(DataChecks.defaults().withMinDistance(0), labelled(pair(0.01, Cell.none()))),
                "0 turns the check off");
    }

    @Test
    void closeContactsAcrossThePeriodicBoundaryCount() {
        // 0.1 and 9.9 Å in a 10 Å box: 0.2 Å apart through the boundary, 9.8 Å apart inside
        Cell box = Cell.periodic(new double[][] {{10, 0, 0}, {0, 10, 0}, {0, 0, 10}});
        List<String> periodic = problems(DataChecks.defaults(), labelled(pair(9.8, box)));
        assertEquals(1, periodic.size());
        assertTrue(periodic.get(0).startsWith(WHERE + "atoms 0 (Si) and 1 (Si) are 0.2000 Å apart"), periodic.get(0));
        Cell open = box.withPbc(false, true, true);
        assertEquals(List.of(), problems(DataChecks.defaults(), labelled(pair(9.8, open))), "not periodic along x");
    }

    @Test
    void closeContactsInASkewedCell() {
        // a = (6, 0, 0), b = (11.8, 1, 0): the image at b − 2a is only 1.02 Å away from every atom,
        // although no lattice vector and no sum or difference of two is shorter than 5.8 Å
        Cell skewed = Cell.periodic(new double[][] {{6, 0, 0}, {11.8, 1, 0}, {0, 0, 6}});
        Structure s = Structure.of(List.of(Element.Si), new double[] {1, 0.5, 1}, skewed);
        List<String> found = problems(DataChecks.defaults().withMinDistance(1.1), labelled(s));
        assertEquals(List.of(WHERE + "atom 0 (Si) is 1.0198 Å from its own periodic image, closer than the minimum 1.1 Å;"
                + " check the length unit (Bohr read as Å?) and the cell, or remove the frame"), found);
        assertEquals(List.of(), problems(DataChecks.defaults().withMinDistance(1.0), labelled(s)));
    }

    @Test
    void anAtomMeetsItsOwnImageInATinyCell() {
        Cell tiny = Cell.periodic(new double[][] {{0.4, 0, 0}, {0, 5, 0}, {0, 0, 5}});
        Structure s = Structure.of(List.of(Element.H), new double[] {0, 0, 0}, tiny);
        List<String> found = problems(DataChecks.defaults(), labelled(s));
        assertEquals(List.of(WHERE + "atom 0 (H) is 0.4000 Å from its own periodic image, closer than the minimum 0.5 Å;"
                + " check the length unit (Bohr read as Å?) and the cell, or remove the frame"), found);
    }

    @Test
    void reportsHowManyPairsAreTooClose() {
        // diamond silicon shrunk to a fifth: the 16 nearest-neighbour bonds (4 per atom, 8 atoms) become 0.47 Å,
        // the second neighbours 0.77 Å
        Structure shrunk = diamond().strained(new double[][] {{-0.8, 0, 0}, {0, -0.8, 0}, {0, 0, -0.8}});
        List<String> found = problems(DataChecks.defaults(), labelled(shrunk));
        assertEquals(1, found.size());
        assertTrue(found.get(0).contains("are 0.4703 Å apart, closer than the minimum 0.5 Å (16 pairs are this close)"), found.get(0));
    }

    @Test
    void refusesMissingLabelsTheLossNeeds() {
        Frame frame = Frame.of(diamond(), Labels.of(-30.0, null, null, null, null)).withSource(SOURCE);
        DataChecks checks = DataChecks.defaults().withRequiredLabels(Set.of(Property.STRESS, Property.ENERGY, Property.FORCES));
        assertEquals(List.of(
                WHERE + "frame has no forces, but the loss needs forces; add forces to the data, drop the forces term from the loss, or remove the frame",
                WHERE + "frame has no stress, but the loss needs stress; add stress to the data, drop the stress term from the loss, or remove the frame"),
                problems(checks, frame));
        Frame withStress = frame.withLabels(frame.labels().withForces(new double[24]).withStress(new Stress(0, 0, 0, 0, 0, 0)));
        assertEquals(List.of(), problems(checks, withStress));
    }

    @Test
    void collectsAllProblemsIntoOneMessageWithALimit() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            frames.add(Frame.of(diamond(), Labels.of(Double.NaN, null)).withSource(new FrameSource("si.xyz", i, 10L * i + 1)));
        }
        InputException e = assertThrows(InputException.class, () -> DataChecks.defaults().check(Dataset.of("si.xyz", frames)));
        String[] lines = e.getMessage().split("\n");
        assertEquals(1 + DataChecks.MAX_REPORTED + 1, lines.length);
        assertEquals("data set si.xyz has 25 problems:", lines[0]);
        assertEquals("  si.xyz: frame 0 (line 1): energy is NaN; fix the reference calculation or remove the frame", lines[1]);
        assertEquals("  si.xyz: frame 19 (line 191): energy is NaN; fix the reference calculation or remove the frame", lines[20]);
        assertEquals("  … and 5 more", lines[21]);
    }

    @Test
    void refusesInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> new DataChecks(Set.of(), -0.1, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new DataChecks(Set.of(), Double.NaN, Set.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataChecks(Set.of(), 0.5, Set.of(Property.UNCERTAINTY)));
        assertEquals("UNCERTAINTY is not a label a data set can carry; expected any of [ENERGY, FORCES, STRESS, ATOM_ENERGIES]",
                e.getMessage());
    }

    @Test
    void setsAreCopiedAndOrdered() {
        Set<Element> elements = new java.util.HashSet<>(Set.of(Element.O, Element.H));
        DataChecks checks = DataChecks.defaults().withAllowedElements(elements);
        elements.add(Element.Cu);
        assertEquals(List.of(Element.H, Element.O), List.copyOf(checks.allowedElements()));
        assertThrows(UnsupportedOperationException.class, () -> checks.allowedElements().add(Element.C));
    }
}
