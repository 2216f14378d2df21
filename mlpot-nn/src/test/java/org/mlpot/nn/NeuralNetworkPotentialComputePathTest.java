package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Crystals;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * The ND4J and plain-Java compute paths of {@link NeuralNetworkPotential} give the same energies,
 * forces, stress and atomic energies on structures of over a thousand atoms (to {@value #TOLERANCE}
 * relative: energies relative to their own size, forces relative to the largest force component,
 * stress relative to the largest stress component), with either path or a mix of both; ND4J stays
 * unloaded for small structures.
 */
class NeuralNetworkPotentialComputePathTest {
    private static final double TOLERANCE = 1e-12;
    private static final Set<Property> ALL = EnumSet.of(Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);

    @Test
    void javaAndNd4jAgreeOnAThousandAtomsOfTwoElements() {
        Structure structure = rattledOxideSilicon(4, 4, 8, 3, 5); // 1024 atoms: 342 O, 682 Si
        NeuralNetworkPotential potential = SyntheticPotentials.twoElements(1);
        Result java = potential.withComputePath(ComputePath.JAVA).evaluate(structure, ALL);
        Result nd4j = potential.withComputePath(ComputePath.ND4J).evaluate(structure, ALL);
        assertAgree(java, nd4j);
        Result energyOnly = potential.withComputePath(ComputePath.ND4J).evaluate(structure, Set.of());
        assertEquals(java.energy(), energyOnly.energy(), TOLERANCE * Math.abs(java.energy()), "energy without forces, eV");
    }

    @Test
    void autoMixesBothPathsAndAgreesWithJava() {
        // 1024 atoms, 1 in 16 is O: 64 O atoms stay in plain Java, 960 Si atoms go to ND4J
        Structure structure = rattledOxideSilicon(4, 4, 8, 16, 6);
        long oxygen = structure.speciesList().stream().filter(e -> e == Element.O).count();
        assertFalse(ComputePath.AUTO.usesNd4j((int) oxygen));
        assertTrue(ComputePath.AUTO.usesNd4j(structure.size() - (int) oxygen));
        NeuralNetworkPotential potential = SyntheticPotentials.twoElements(2);
        assertAgree(potential.withComputePath(ComputePath.JAVA).evaluate(structure, ALL), potential.evaluate(structure, ALL));
    }

    @Test
    void theComputePathIsAPropertyOfANewPotential() {
        NeuralNetworkPotential auto = SyntheticPotentials.twoElements(1);
        assertEquals(ComputePath.AUTO, auto.computePath());
        NeuralNetworkPotential nd4j = auto.withComputePath(ComputePath.ND4J);
        assertEquals(ComputePath.ND4J, nd4j.computePath());
        assertEquals(ComputePath.AUTO, auto.computePath());
        assertSame(auto, auto.withComputePath(ComputePath.AUTO));
        assertEquals(auto.name(), nd4j.name());
        assertEquals(auto.cutoff(), nd4j.cutoff(), 0.0);
        assertSame(auto.scaling(), nd4j.scaling());
        assertSame(auto.network(1), nd4j.network(1));
    }

    @Test
    void autoUsesNd4jFromTheThreshold() {
        int threshold = ComputePath.AUTO_ND4J_MIN_ROWS;
        assertFalse(ComputePath.AUTO.usesNd4j(threshold - 1));
        assertTrue(ComputePath.AUTO.usesNd4j(threshold));
        assertFalse(ComputePath.JAVA.usesNd4j(100_000));
        assertTrue(ComputePath.ND4J.usesNd4j(1));
    }

    /**
     * A fresh JVM (run with {@code -verbose:class}) evaluates a 64-atom structure on AUTO and then,
     * as a control, on ND4J: no ND4J class may load before the second evaluation, and some must after.
     */
    @Test
    void aSmallStructureNeverLoadsNd4j() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), LazyNd4jProbe.class.getName());
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, process.exitValue(), output);
        int small = output.indexOf(LazyNd4jProbe.SMALL_DONE);
        int large = output.indexOf(LazyNd4jProbe.ND4J_DONE);
        assertTrue(small >= 0 && large > small, "the probe did not report both evaluations:\n" + tail(output));
        String beforeSmall = output.substring(0, small);
        assertFalse(beforeSmall.contains(" org.nd4j."), "ND4J classes loaded for 64 atoms on AUTO");
        assertTrue(output.substring(small, large).contains(" org.nd4j."), "the control run on ND4J loaded no ND4J class");
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 2000));
    }

    /**
     * A diamond supercell (a = 5.431 Å) of {@code na × nb × nc} cubic cells in which every
     * {@code oxygenEvery}-th atom is O, rattled by up to 0.15 Å.
     */
    static Structure rattledOxideSilicon(int na, int nb, int nc, int oxygenEvery, long seed) {
        Structure crystal = Crystals.diamond(Element.Si, 5.431).supercell(na, nb, nc);
        Random random = new Random(seed);
        double[] p = crystal.positions();
        for (int k = 0; k < p.length; k++) {
            p[k] += 0.15 * (2 * random.nextDouble() - 1);
        }
        List<Element> species = new ArrayList<>();
        for (int i = 0; i < crystal.size(); i++) {
            species.add(i % oxygenEvery == 0 ? Element.O : Element.Si);
        }
        return Structure.of(species, p, crystal.cell());
    }

    private static void assertAgree(Result expected, Result actual) {
        assertEquals(expected.energy(), actual.energy(), TOLERANCE * Math.abs(expected.energy()), "energy, eV");
        double[] e = expected.atomEnergies();
        double[] a = actual.atomEnergies();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], TOLERANCE * Math.abs(e[i]), "energy of atom " + i + ", eV");
        }
        double largestForce = 0;
        for (double f : expected.forces()) {
            largestForce = Math.max(largestForce, Math.abs(f));
        }
        assertTrue(largestForce > 0.1, "forces too small to compare: " + largestForce + " eV/Å");
        for (int k = 0; k < expected.forces().length; k++) {
            assertEquals(expected.forces()[k], actual.forces()[k], TOLERANCE * largestForce, "force component " + k + ", eV/Å");
        }
        double[] s = expected.stress().toVoigt();
        double[] t = actual.stress().toVoigt();
        double largestStress = 0;
        for (double v : s) {
            largestStress = Math.max(largestStress, Math.abs(v));
        }
        for (int k = 0; k < 6; k++) {
            assertEquals(s[k], t[k], TOLERANCE * largestStress, "stress component " + k + ", eV/Å³");
        }
    }
}
