package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.ScalingDataFile;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.FormatException;
import org.mlpot.io.N2p2Units;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Reading a potential written here in n2p2's layout gives the potential that was written (weights
 * file order, normalisation, offsets, units), and malformed {@code input.nn} and weights files are
 * refused naming file and line.
 */
class N2p2PotentialReaderTest {
    private static final List<Element> ELEMENTS = List.of(Element.O, Element.Si);

    @TempDir
    Path folder;

    private NeuralNetworkPotential written;
    private final List<String> inputNn = new ArrayList<>();

    @BeforeEach
    void writePotential() throws IOException {
        SymmetryFunctions descriptor = new SymmetryFunctionGenerator(ELEMENTS, 4.0, CutoffShape.of(CutoffType.COS)).standardSet(3, 2);
        Random random = new Random(17);
        double[][] min = new double[2][];
        double[][] max = new double[2][];
        double[][] mean = new double[2][];
        double[][] sigma = new double[2][];
        List<DenseNetwork> networks = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            int g = descriptor.size(ELEMENTS.get(s));
            min[s] = new double[g];
            max[s] = new double[g];
            mean[s] = new double[g];
            sigma[s] = new double[g];
            for (int f = 0; f < g; f++) {
                min[s][f] = 0.1 * random.nextDouble();
                max[s][f] = 1 + random.nextDouble();
                mean[s][f] = 0.5;
                sigma[s][f] = 0.2;
            }
            networks.add(SyntheticPotentials.randomNetwork(new int[] {g, 6, 5, 1},
                    new Activation[] {Activation.SOFTPLUS, Activation.TANH, Activation.LINEAR}, 40 + s));
        }
        FeatureStatistics statistics = FeatureStatistics.of(ELEMENTS, min, max, mean, sigma);
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE_CENTER, statistics, -1.0, 1.0);
        // files in Bohr and Hartree: lengths of the symmetry functions divided by the Bohr radius
        N2p2Units units = N2p2Units.BOHR_HARTREE;
        written = new NeuralNetworkPotential("written", descriptor, scaling, networks,
                new EnergyNormalization(-0.7, 2.5, Map.of(Element.Si, -289.1), units.energyToEv()), 1);
        inputNn.add("number_of_elements 2");
        inputNn.add("elements Si O   # any order");
        inputNn.add("cutoff_type 1 0.0");
        inputNn.add("scale_symmetry_functions");
        inputNn.add("center_symmetry_functions");
        inputNn.add("scale_min_short -1.0");
        inputNn.add("scale_max_short 1.0");
        inputNn.add("global_hidden_layers_short 2");
        inputNn.add("global_nodes_short 6 5");
        inputNn.add("global_activation_short p t l");
        inputNn.add("mean_energy -0.7");
        inputNn.add("conv_energy 2.5");
        inputNn.add("conv_length 3.7   # changes nothing");
        inputNn.add("atom_energy Si -289.1");
        List<String> functions = new ArrayList<>();
        for (Element e : ELEMENTS) {
            descriptor.functions(e).forEach(f -> functions.add(f.withLengthsScaled(1 / units.lengthToAngstrom()).settingsLine()));
        }
        inputNn.addAll(functions);
        Files.write(folder.resolve("input.nn"), inputNn);
        ScalingDataFile.write(folder.resolve("scaling.data"), statistics);
        for (int s = 0; s < 2; s++) {
            writeWeights(folder.resolve(String.format("weights.%03d.data", ELEMENTS.get(s).atomicNumber())), networks.get(s));
        }
    }

    private static void writeWeights(Path file, DenseNetwork net) throws IOException {
        List<String> lines = new ArrayList<>(List.of("# weights in n2p2's order", ""));
        int[] sizes = net.layerSizes();
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l - 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    lines.add(String.format("%24.16E a %d %d %d %d %d", net.weight(l, j, k), lines.size(), l - 1, j + 1, l, k + 1));
                }
            }
            for (int k = 0; k < sizes[l]; k++) {
                lines.add(String.format("%24.16E b %d %d %d", net.bias(l, k), lines.size(), l, k + 1));
            }
        }
        Files.write(file, lines);
    }

    private static Structure sample() {
        Random random = new Random(3);
        List<Element> species = new ArrayList<>();
        double[] p = new double[18];
        for (int i = 0; i < 6; i++) {
            species.add(ELEMENTS.get(i % 2));
            p[3 * i] = 1.6 * i + 0.3 * random.nextDouble();
            p[3 * i + 1] = 0.9 * (i % 3) + 0.3 * random.nextDouble();
            p[3 * i + 2] = 0.3 * random.nextDouble();
        }
        return Structure.of(species, p, org.mlpot.structure.Cell.none());
    }

    @Test
    void readingGivesBackThePotentialThatWasWritten() {
        NeuralNetworkPotential read = N2p2PotentialReader.read(folder, N2p2Units.BOHR_HARTREE, 1);
        Structure s = sample();
        EnumSet<Property> what = EnumSet.of(Property.FORCES, Property.ATOM_ENERGIES);
        Result expected = written.evaluate(s, what);
        Result actual = read.evaluate(s, what);
        assertEquals(expected.energy(), actual.energy(), 1e-9 * s.size());
        assertArrayEquals(expected.atomEnergies(), actual.atomEnergies(), 1e-9);
        assertArrayEquals(expected.forces(), actual.forces(), 1e-9);
        assertEquals(written.network(1).parameterCount(), read.network(1).parameterCount());
        assertEquals(written.cutoff(), read.cutoff(), 1e-12);
    }

    @Test
    void weightsFileWithANonNumberNamesFileAndLine() throws IOException {
        Path file = folder.resolve("weights.014.data");
        List<String> lines = Files.readAllLines(file);
        lines.set(9, "  1.5x a 8 0 1 1 8");
        Files.write(file, lines);
        FormatException e = assertThrows(FormatException.class, () -> N2p2PotentialReader.read(folder, N2p2Units.BOHR_HARTREE, 1));
        assertEquals(file.toString(), e.file());
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("1.5x"), e.getMessage());
    }

    @Test
    void weightsFileWithTooFewOrTooManyValuesIsRefused() throws IOException {
        Path file = folder.resolve("weights.008.data");
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
        FormatException fewer = assertThrows(FormatException.class, () -> N2p2PotentialReader.read(folder, N2p2Units.BOHR_HARTREE, 1));
        assertEquals(file.toString(), fewer.file());
        assertTrue(fewer.getMessage().contains("only " + (lines.size() - 3) + " values"), fewer.getMessage());
        List<String> more = new ArrayList<>(lines);
        more.add("0.5");
        Files.write(file, more);
        FormatException extra = assertThrows(FormatException.class, () -> N2p2PotentialReader.read(folder, N2p2Units.BOHR_HARTREE, 1));
        assertEquals(more.size(), extra.line());
        assertTrue(extra.getMessage().contains("more values"), extra.getMessage());
    }

    private FormatException readWithInputLine(int index, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(inputNn);
        if (index < 0) {
            lines.add(8, replacement);
        } else {
            lines.set(index, replacement);
        }
        Files.write(folder.resolve("input.nn"), lines);
        FormatException e = assertThrows(FormatException.class, () -> N2p2PotentialReader.read(folder, N2p2Units.BOHR_HARTREE, 1));
        assertEquals(folder.resolve("input.nn").toString(), e.file());
        return e;
    }

    @Test
    void inputNnErrorsNameFileAndLine() throws IOException {
        FormatException letter = readWithInputLine(9, "global_activation_short p x l");
        assertEquals(10, letter.line());
        assertTrue(letter.getMessage().contains("'x'"), letter.getMessage());

        FormatException count = readWithInputLine(9, "global_activation_short p t");
        assertEquals(10, count.line());
        assertTrue(count.getMessage().contains("needs 3 letters"), count.getMessage());

        FormatException nodes = readWithInputLine(8, "global_nodes_short 6");
        assertEquals(9, nodes.line());

        FormatException normalize = readWithInputLine(-1, "normalize_nodes");
        assertEquals(9, normalize.line());
        assertTrue(normalize.getMessage().contains("normalize_nodes"), normalize.getMessage());

        FormatException twice = readWithInputLine(-1, "mean_energy 1.0");
        assertEquals(12, twice.line());
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());

        FormatException conv = readWithInputLine(11, "conv_energy -2");
        assertEquals(12, conv.line());

        FormatException missing = readWithInputLine(8, "# no nodes");
        assertTrue(missing.getMessage().contains("global_nodes_short is missing"), missing.getMessage());

        FormatException offset = readWithInputLine(13, "atom_energy Xx -1");
        assertEquals(14, offset.line());
    }
}
