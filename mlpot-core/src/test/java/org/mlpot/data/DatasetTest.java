package org.mlpot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpot.io.N2p2DataReader;
import org.mlpot.io.N2p2Units;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

class DatasetTest {

    /** A frame of {@code atoms} hydrogen atoms 1 Å apart on a line, from source index {@code index}. */
    static Frame frame(int index, int atoms) {
        List<Element> species = new ArrayList<>();
        double[] positions = new double[3 * atoms];
        for (int i = 0; i < atoms; i++) {
            species.add(Element.H);
            positions[3 * i] = i;
        }
        return Frame.of(Structure.of(species, positions, Cell.none()), Labels.none())
                .withSource(new FrameSource("h.xyz", index, 0));
    }

    @Test
    void holdsFramesInOrder() {
        Dataset dataset = Dataset.of("h.xyz", List.of(frame(0, 1), frame(1, 2), frame(2, 3)));
        assertEquals("h.xyz", dataset.name());
        assertEquals(3, dataset.size());
        assertEquals(6, dataset.atoms());
        assertEquals(1, dataset.get(1).source().index());
        assertEquals(3, dataset.frames().size());
        assertThrows(UnsupportedOperationException.class, () -> dataset.frames().clear());
        assertEquals("Dataset[h.xyz, 3 frames, 6 atoms]", dataset.toString());
    }

    @Test
    void copiesTheList() {
        List<Frame> frames = new ArrayList<>(List.of(frame(0, 1)));
        Dataset dataset = Dataset.of("x", frames);
        frames.add(frame(1, 1));
        assertEquals(1, dataset.size());
    }

    @Test
    void selectsByIndexInTheGivenOrder() {
        Dataset dataset = Dataset.of("h.xyz", List.of(frame(0, 1), frame(1, 2), frame(2, 3)));
        int[] indices = {2, 0, 2};
        Dataset selected = dataset.select(indices);
        assertEquals("h.xyz", selected.name());
        assertEquals(List.of(2, 0, 2), selected.frames().stream().map(f -> f.source().index()).toList());
        assertEquals(7, selected.atoms());
        assertEquals(0, dataset.select(new int[0]).size());
        assertThrows(IndexOutOfBoundsException.class, () -> dataset.select(new int[] {3}));
        assertThrows(IndexOutOfBoundsException.class, () -> dataset.select(new int[] {-1}));
        assertEquals("renamed", dataset.withName("renamed").name());
    }

    @Test
    void readsEveryFrameOfAReader() {
        String text = "begin\natom 0 0 0 H 0 0 0 0 0\nend\nbegin\natom 0 0 0 H 0 0 0 0 0\natom 1 0 0 H 0 0 0 0 0\nend\n";
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(text), "two.data", N2p2Units.ANGSTROM_EV)) {
            Dataset dataset = Dataset.read(reader);
            assertEquals("two.data", dataset.name());
            assertEquals(2, dataset.size());
            assertEquals(3, dataset.atoms());
        }
        try (N2p2DataReader reader = N2p2DataReader.of(new StringReader(""), "none.data", N2p2Units.ANGSTROM_EV)) {
            Dataset empty = Dataset.read(reader);
            assertTrue(empty.isEmpty());
            assertEquals("<empty>", empty.name());
        }
    }
}
