package org.mlpot.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Frames with every feature the extxyz format carries, and helpers shared by the extxyz tests. */
final class ExtXyzTestFrames {
    private ExtXyzTestFrames() {
    }

    /**
     * Three frames: a triclinic periodic cell with everything (isotope mass, velocities, all labels,
     * extra columns and info of each type), a slab with partial periodicity and a NaN energy, and a
     * molecule without cell or labels. No one-element lists and no number-like strings, which ASE
     * (and so mlpot) would read back as scalars or numbers.
     */
    static List<Frame> everyFeature() {
        Random random = new Random(20240607L);
        List<Frame> frames = new ArrayList<>();

        Element[] species = {Element.Si, Element.C, Element.O, Element.Si};
        Cell triclinic = Cell.of(new double[][] {{5.1, 0.0, 0.0}, {1.3, 4.9, 0.0}, {-0.7, 0.9, 5.3}}, true, true, true);
        double[] masses = {Element.Si.mass(), 13.003355, Element.O.mass(), 29.973770};
        Structure s1 = Structure.of(species, randomArray(random, 12, 4.0), masses, triclinic);
        Labels l1 = Labels.of(-23.456789012345678, -23.5, randomArray(random, 12, 2.0),
                new Stress(0.01, -0.02, 0.003, 1e-17, -4.5e-3, 0.0071), randomArray(random, 4, 1.0));
        Map<String, InfoValue> info1 = new LinkedHashMap<>();
        info1.put("config_type", new InfoValue.Text("md run at 300 K"));
        info1.put("quoted", new InfoValue.Text("say \"hi\" it's {a} [b] x=y back\\slash"));
        info1.put("step", new InfoValue.Integer(-42));
        info1.put("temperature", new InfoValue.Real(300.5));
        info1.put("tiny", new InfoValue.Real(1e-300));
        info1.put("converged", new InfoValue.Bool(true));
        info1.put("kpoints", new InfoValue.Integers(new long[] {4, 4, 2}));
        info1.put("smearing", new InfoValue.Reals(new double[] {0.1, 0.05, 1.0 / 3}));
        info1.put("flags", new InfoValue.Bools(new boolean[] {true, false, true}));
        info1.put("my key", new InfoValue.Text("x"));
        List<AtomColumn> columns1 = List.of(
                new AtomColumn.Integers("tags", 1, new long[] {0, 1, 1, -7}),
                new AtomColumn.Reals("initial_charges", 1, randomArray(random, 4, 1.0)),
                new AtomColumn.Bools("fixed", 1, new boolean[] {true, false, false, true}),
                new AtomColumn.Texts("label", 1, new String[] {"core", "surf", "surf", "dopant"}),
                new AtomColumn.Reals("velocities", 3, randomArray(random, 12, 0.1)),
                new AtomColumn.Integers("counts", 2, new long[] {1, -2, 3, 4, 5, 6, Integer.MAX_VALUE, Integer.MIN_VALUE}),
                new AtomColumn.Bools("mask", 3, new boolean[] {true, false, true, false, false, true, true, true, true, false, false, false}));
        frames.add(Frame.of(s1, l1, randomArray(random, 12, 0.01), info1, columns1, FrameSource.IN_MEMORY));

        Cell slab = Cell.of(new double[][] {{4.0, 0.0, 0.0}, {0.0, 4.0, 0.0}, {0.0, 0.0, 20.0}}, true, false, true);
        Structure s2 = Structure.of(List.of(Element.Al, Element.Al, Element.Cu), randomArray(random, 9, 4.0), slab);
        double[] forces2 = randomArray(random, 9, 1.0);
        forces2[4] = Double.NaN;
        Labels l2 = Labels.of(Double.NaN, null, forces2, null, null);
        Map<String, InfoValue> info2 = new LinkedHashMap<>();
        info2.put("config_type", new InfoValue.Text("slab"));
        info2.put("vacuum", new InfoValue.Real(12.0));
        frames.add(Frame.of(s2, l2, null, info2, List.of(), FrameSource.IN_MEMORY));

        Structure s3 = Structure.of(List.of(Element.O, Element.H, Element.H),
                new double[] {0.0, 0.0, 0.1173, 0.0, 0.7572, -0.4692, -0.0, -0.7572, -0.4692}, Cell.none());
        frames.add(Frame.of(s3, Labels.none()));
        return frames;
    }

    static double[] randomArray(Random random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * (2 * random.nextDouble() - 1);
        }
        return v;
    }

    /** All frames of a file. */
    static List<Frame> readAll(Path file) {
        try (ExtXyzReader reader = ExtXyzReader.open(file)) {
            List<Frame> frames = new ArrayList<>();
            reader.forEachRemaining(frames::add);
            return frames;
        }
    }

    /** All frames of a text. */
    static List<Frame> readAll(String text, String name) {
        try (ExtXyzReader reader = ExtXyzReader.of(new StringReader(text), name)) {
            List<Frame> frames = new ArrayList<>();
            reader.forEachRemaining(frames::add);
            return frames;
        }
    }

    /** A test resource as a file. */
    static Path resource(String name) {
        URL url = ExtXyzTestFrames.class.getResource("/" + name);
        assertTrue(url != null, "test resource " + name + " is missing");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts that two frames hold the same data (the source is not compared); velocities agree to
     * a relative {@code 1e-15} (they pass through momenta), everything else exactly.
     */
    static void assertSameFrame(Frame expected, Frame actual) {
        assertEquals(expected.structure(), actual.structure(), "structure");
        assertEquals(expected.labels().energy(), actual.labels().energy(), "energy");
        assertEquals(expected.labels().freeEnergy(), actual.labels().freeEnergy(), "free energy");
        assertEquals(expected.labels().stress(), actual.labels().stress(), "stress");
        assertArrayEquals(expected.labels().forces().orElse(null), actual.labels().forces().orElse(null), "forces");
        assertArrayEquals(expected.labels().atomEnergies().orElse(null), actual.labels().atomEnergies().orElse(null), "atom energies");
        assertEquals(expected.info(), actual.info(), "info");
        assertEquals(new ArrayList<>(expected.info().keySet()), new ArrayList<>(actual.info().keySet()), "info order");
        assertEquals(expected.columns(), actual.columns(), "columns");
        assertEquals(expected.velocities().isPresent(), actual.velocities().isPresent(), "has velocities");
        if (expected.velocities().isPresent()) {
            double[] v = expected.velocities().get();
            double[] w = actual.velocities().get();
            assertEquals(v.length, w.length);
            for (int k = 0; k < v.length; k++) {
                assertEquals(v[k], w[k], 1e-15 * Math.abs(v[k]), "velocity component " + k + " (Å/fs)");
            }
        }
    }
}
