package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.AngularKind;
import org.mlpot.descriptor.acsf.ExpAngular;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.N2p2Units;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Writing potentials for n2p2: synthetic Å/eV potentials round trip through
 * {@link N2p2PotentialReader} to the last bit, {@code input.nn} and the weights files have the expected
 * keywords and columns, and what n2p2 cannot express is refused before anything is written.
 */
class N2p2PotentialWriterTest {
    private static final List<Element> ELEMENTS = List.of(Element.O, Element.Si);
    /** Relative difference allowed between a normalisation and its conversion to other units. */
    static final double CONVERTED_TOLERANCE = 1e-15;

    @TempDir
    Path temp;

    /**
     * O and Si, 4 radial and 2 angular functions per pair, tanh networks (O 8-8, Si 6-8 hidden neurons),
     * made-up statistics, energies in eV with offsets.
     */
    static NeuralNetworkPotential synthetic(ScalingType type) {
        SymmetryFunctions descriptor = new SymmetryFunctionGenerator(ELEMENTS, 4.5, new CutoffShape(CutoffType.POLY2, 0.1))
                .standardSet(4, 2);
        Random random = new Random(11);
        double[][][] stats = new double[4][2][];
        List<DenseNetwork> networks = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            int g = descriptor.size(ELEMENTS.get(s));
            for (int t = 0; t < 4; t++) {
                stats[t][s] = new double[g];
            }
            for (int f = 0; f < g; f++) {
                stats[0][s][f] = 0.01 * random.nextDouble();
                stats[1][s][f] = 0.5 + 2 * random.nextDouble();
                stats[2][s][f] = 0.4 * stats[1][s][f];
                stats[3][s][f] = 0.3 * stats[1][s][f];
            }
            networks.add(SyntheticPotentials.randomNetwork(new int[] {g, s == 0 ? 8 : 6, 8, 1},
                    new Activation[] {Activation.TANH, Activation.TANH, Activation.LINEAR}, 200 + s));
        }
        FeatureScaling scaling = FeatureScaling.of(type, FeatureStatistics.of(ELEMENTS, stats[0], stats[1], stats[2], stats[3]),
                -1.0, 1.0);
        EnergyNormalization normalization = new EnergyNormalization(-0.1 * Math.PI, 3.7, Map.of(Element.O, -432.1, Element.Si, -107.3),
                1.0);
        return new NeuralNetworkPotential("synthetic-eV", descriptor, scaling, networks, normalization, 1);
    }

    /** A periodic O-Si structure with random displacements, in Å. */
    static Structure periodicSample() {
        Random random = new Random(5);
        List<Element> species = new ArrayList<>();
        double[] p = new double[3 * 16];
        double a = 6.5;
        for (int i = 0; i < 16; i++) {
            species.add(ELEMENTS.get(i % 3 == 0 ? 1 : 0));
            p[3 * i] = a * ((i % 4) + 0.5) / 4 + 0.3 * random.nextGaussian();
            p[3 * i + 1] = a * ((i / 4) + 0.5) / 4 + 0.3 * random.nextGaussian();
            p[3 * i + 2] = a * random.nextDouble();
        }
        return Structure.of(species, p, Cell.periodic(new double[][] {{a, 0, 0}, {0.4, a, 0}, {-0.3, 0.2, a}}));
    }

    /** Every parameter of the two potentials is the same double. */
    static void assertSameParameters(NeuralNetworkPotential expected, NeuralNetworkPotential actual) {
        assertSameDescriptorScalingAndNetworks(expected, actual);
        for (Element e : expected.elements()) {
            assertEquals(expected.normalization().constantEv(e), actual.normalization().constantEv(e), "energy constant of " + e);
        }
        assertEquals(expected.normalization().outputToEv(), actual.normalization().outputToEv(), "eV per network output");
    }

    /**
     * The symmetry functions (in Å), scaling and networks are the same doubles, and the normalisation
     * converted to other units is the same to a relative {@value #CONVERTED_TOLERANCE} (an ulp or two:
     * {@code 1 / conv_energy} cannot give every double).
     */
    static void assertSameConvertedParameters(NeuralNetworkPotential expected, NeuralNetworkPotential actual) {
        assertSameDescriptorScalingAndNetworks(expected, actual);
        for (Element e : expected.elements()) {
            double constant = expected.normalization().constantEv(e);
            assertEquals(constant, actual.normalization().constantEv(e), CONVERTED_TOLERANCE * Math.abs(constant),
                    "energy constant of " + e + ", eV");
        }
        double output = expected.normalization().outputToEv();
        assertEquals(output, actual.normalization().outputToEv(), CONVERTED_TOLERANCE * output, "eV per network output");
    }

    /** Energies agree to 1e-12 eV per atom and forces to 1e-12 eV/Å. */
    static void assertSameConvertedResults(NeuralNetworkPotential expected, NeuralNetworkPotential actual, Structure structure) {
        EnumSet<Property> what = EnumSet.of(Property.FORCES);
        Result a = expected.evaluate(structure, what);
        Result b = actual.evaluate(structure, what);
        assertEquals(a.energy(), b.energy(), 1e-12 * structure.size(), "energy, eV");
        assertArrayEquals(a.forces(), b.forces(), 1e-12, "forces, eV/Å");
    }

    private static void assertSameDescriptorScalingAndNetworks(NeuralNetworkPotential expected, NeuralNetworkPotential actual) {
        SymmetryFunctions expectedDescriptor = (SymmetryFunctions) expected.descriptor();
        SymmetryFunctions actualDescriptor = (SymmetryFunctions) actual.descriptor();
        assertEquals(expectedDescriptor.elements(), actualDescriptor.elements(), "elements");
        assertEquals(expectedDescriptor.settingsLines(), actualDescriptor.settingsLines(), "symmetry-function lines (Å)");
        for (Element e : expectedDescriptor.elements()) {
            assertEquals(expectedDescriptor.functions(e), actualDescriptor.functions(e), "symmetry functions of " + e.symbol());
        }
        assertEquals(expected.scaling().type(), actual.scaling().type(), "scaling type");
        assertEquals(expected.scaling().scaledMin(), actual.scaling().scaledMin(), "Smin");
        assertEquals(expected.scaling().scaledMax(), actual.scaling().scaledMax(), "Smax");
        assertEquals(expected.scaling().statistics(), actual.scaling().statistics(), "scaling statistics");
        for (int s = 0; s < expectedDescriptor.elements().size(); s++) {
            DenseNetwork a = expected.network(s);
            DenseNetwork b = actual.network(s);
            String symbol = expectedDescriptor.elements().get(s).symbol();
            assertArrayEquals(a.layerSizes(), b.layerSizes(), "layer sizes of " + symbol);
            int[] sizes = a.layerSizes();
            for (int l = 1; l < sizes.length; l++) {
                assertEquals(a.activation(l), b.activation(l), "activation of layer " + l + " of " + symbol);
                for (int k = 0; k < sizes[l]; k++) {
                    assertEquals(a.bias(l, k), b.bias(l, k), "bias " + l + "/" + k + " of " + symbol);
                    for (int j = 0; j < sizes[l - 1]; j++) {
                        assertEquals(a.weight(l, j, k), b.weight(l, j, k), "weight " + l + "/" + j + "/" + k + " of " + symbol);
                    }
                }
            }
        }
    }

    /** Energies, atomic energies, forces and (for periodic cells) stress are the same doubles. */
    static void assertSameResults(NeuralNetworkPotential expected, NeuralNetworkPotential actual, Structure structure) {
        EnumSet<Property> what = EnumSet.of(Property.FORCES, Property.ATOM_ENERGIES);
        if (structure.cell().fullyPeriodic()) {
            what.add(Property.STRESS);
        }
        Result a = expected.evaluate(structure, what);
        Result b = actual.evaluate(structure, what);
        assertEquals(a.energy(), b.energy(), "energy");
        assertArrayEquals(a.atomEnergies(), b.atomEnergies(), "atomic energies");
        assertArrayEquals(a.forces(), b.forces(), "forces");
        assertEquals(a.stress(), b.stress(), "stress");
    }

    @ParameterizedTest
    @EnumSource(ScalingType.class)
    void syntheticAngstromEvPotentialRoundTripsExactly(ScalingType type) {
        NeuralNetworkPotential written = synthetic(type);
        Path folder = temp.resolve("synthetic");
        N2p2PotentialWriter.write(written, folder);
        NeuralNetworkPotential read = N2p2PotentialReader.read(folder, N2p2Units.ANGSTROM_EV, 1);
        assertSameParameters(written, read);
        assertEquals(written.normalization(), read.normalization(), "normalisation written in its own units");
        assertSameResults(written, read, periodicSample());
    }

    @Test
    void hartreeNormalisedPotentialRoundTripsExactlyInItsOwnUnits() {
        // SyntheticPotentials.twoElements mixes activations, so this one uses the same energies with one activation
        NeuralNetworkPotential eV = synthetic(ScalingType.SCALE_CENTER);
        EnergyNormalization hartree = new EnergyNormalization(-0.5, 3.0, Map.of(Element.O, -75.0, Element.Si, -289.0),
                org.mlpot.units.Units.HARTREE);
        NeuralNetworkPotential written = new NeuralNetworkPotential("synthetic-Ha", eV.descriptor(), eV.scaling(),
                List.of(eV.network(0), eV.network(1)), hartree, 1);
        Path bohr = temp.resolve("bohr");
        N2p2PotentialWriter.write(written, bohr, N2p2Units.BOHR_HARTREE);
        NeuralNetworkPotential read = N2p2PotentialReader.read(bohr, N2p2Units.BOHR_HARTREE, 1);
        assertEquals(written.normalization(), read.normalization(), "normalisation written in its own units");
        assertSameResults(written, read, periodicSample());
        // in eV the energies are converted; the network, scaling and symmetry functions stay the same doubles
        Path ev = temp.resolve("ev");
        N2p2PotentialWriter.write(written, ev);
        NeuralNetworkPotential readEv = N2p2PotentialReader.read(ev, N2p2Units.ANGSTROM_EV, 1);
        assertSameConvertedParameters(written, readEv);
        assertSameConvertedResults(written, readEv, periodicSample());
    }

    @Test
    void angstromPotentialWrittenInBohrGivesTheSamePhysics() {
        NeuralNetworkPotential written = synthetic(ScalingType.SCALE_CENTER);
        N2p2PotentialWriter.write(written, temp, N2p2Units.BOHR_HARTREE);
        NeuralNetworkPotential read = N2p2PotentialReader.read(temp, N2p2Units.BOHR_HARTREE, 1);
        Structure s = periodicSample();
        EnumSet<Property> what = EnumSet.of(Property.FORCES, Property.STRESS);
        Result a = written.evaluate(s, what);
        Result b = read.evaluate(s, what);
        // a symmetry-function parameter in Å may have no Bohr decimal that reads back to it exactly: an ulp apart
        assertEquals(a.energy(), b.energy(), 1e-12 * s.size(), "energy, eV");
        assertArrayEquals(a.forces(), b.forces(), 1e-11, "forces, eV/Å");
        assertEquals(written.normalization().outputToEv(), read.normalization().outputToEv(), CONVERTED_TOLERANCE
                * written.normalization().outputToEv(), "eV per network output");
    }

    /** input.nn without comments and blank lines. */
    private static List<String> keywordLines(Path inputNn) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(inputNn)) {
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** H and O, two functions each, 2-3-1 (H) and 2-4-1 (O) softplus networks with weights 0.5 and biases -0.25, sigma scaling. */
    private static NeuralNetworkPotential small() {
        CutoffShape shape = new CutoffShape(CutoffType.POLY2, 0.1);
        SymmetryFunctions descriptor = new SymmetryFunctions(List.of(Element.O, Element.H), List.of(
                new ExpAngular(AngularKind.WIDE, Element.O, Element.H, Element.H, 0.01, -1.0, 2.0, 6.0, 0.0, shape),
                new ExpRadial(Element.O, Element.H, 0.25, 1.5, 6.0, shape),
                new ExpRadial(Element.H, Element.O, 0.5, 0.0, 6.0, shape),
                new ExpRadial(Element.H, Element.H, 0.5, 0.0, 6.0, shape)));
        List<Element> elements = descriptor.elements();
        List<DenseNetwork> networks = new ArrayList<>();
        double[][] ones = {{1, 1}, {1, 1}};
        for (int hidden : new int[] {3, 4}) {
            double[][] w = {filled(2 * hidden, 0.5), filled(hidden, 0.5)};
            double[][] b = {filled(hidden, -0.25), filled(1, -0.25)};
            networks.add(new DenseNetwork(new int[] {2, hidden, 1}, new Activation[] {Activation.SOFTPLUS, Activation.LINEAR}, w, b));
        }
        FeatureStatistics statistics = FeatureStatistics.of(elements, new double[][] {{0, 0}, {0, 0}}, ones,
                new double[][] {{0.5, 0.5}, {0.5, 0.5}}, new double[][] {{0.25, 0.25}, {0.25, 0.25}});
        return new NeuralNetworkPotential("small", descriptor, FeatureScaling.of(ScalingType.SIGMA, statistics), networks,
                new EnergyNormalization(-1.25, 2.0, Map.of(Element.O, -75.5), 1.0), 1);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    @Test
    void inputNnHoldsTheExpectedKeywords() throws IOException {
        N2p2PotentialWriter.write(small(), temp);
        List<String> raw = Files.readAllLines(temp.resolve("input.nn"));
        assertTrue(raw.get(1).startsWith("# n2p2 neural network potential written by mlpot"), raw.get(1));
        assertTrue(raw.contains("# Units: Angstrom and eV"), raw.toString());
        assertEquals(List.of(
                "number_of_elements 2",
                "elements H O",
                "cutoff_type 6 0.1",
                "scale_symmetry_functions_sigma",
                "scale_min_short 0.0",
                "scale_max_short 1.0",
                "global_hidden_layers_short 1",
                "global_nodes_short 3",
                "global_activation_short p l",
                "element_nodes_short O 1 4",
                "mean_energy -1.25",
                "conv_energy 2.0",
                "conv_length 1.0",
                "atom_energy O -75.5",
                "symfunction_short H 2 H 0.5 0.0 6.0",
                "symfunction_short H 2 O 0.5 0.0 6.0",
                "symfunction_short O 2 H 0.25 1.5 6.0",
                "symfunction_short O 9 H H 0.01 -1.0 2.0 6.0 0.0"), keywordLines(temp.resolve("input.nn")));
    }

    @Test
    void weightsFilesHaveNnp2sColumnsAndOrder() throws IOException {
        N2p2PotentialWriter.write(small(), temp);
        List<String> data = new ArrayList<>();
        for (String line : Files.readAllLines(temp.resolve("weights.001.data"))) {
            assertFalse(line.isEmpty(), "n2p2 fails on empty lines in weights files");
            if (line.charAt(0) != '#') {
                data.add(line);
            }
        }
        assertEquals(2 * 3 + 3 + 3 + 1, data.size());
        assertEquals("  5.0000000000000000E-01 a         1     0     1     1     1", data.get(0));
        assertEquals("  5.0000000000000000E-01 a         2     0     1     1     2", data.get(1));
        assertEquals("  5.0000000000000000E-01 a         4     0     2     1     1", data.get(3));
        assertEquals(" -2.5000000000000000E-01 b         7     1     1", data.get(6));
        assertEquals("  5.0000000000000000E-01 a        10     1     1     2     1", data.get(9));
        assertEquals(" -2.5000000000000000E-01 b        13     2     1", data.get(12));
        assertTrue(Files.isRegularFile(temp.resolve("weights.008.data")));
        assertTrue(Files.isRegularFile(temp.resolve("scaling.data")));
    }

    @Test
    void malformedElementNodesAreRefusedNamingFileAndLine() throws IOException {
        N2p2PotentialWriter.write(small(), temp);
        Path inputNn = temp.resolve("input.nn");
        List<String> lines = Files.readAllLines(inputNn);
        int at = lines.indexOf("element_nodes_short O 1 4");
        assertTrue(at >= 0, lines.toString());
        for (String bad : List.of("element_nodes_short O 2 4", "element_nodes_short Xx 1 4", "element_nodes_short O 1 0",
                "element_nodes_short Si 1 4", "element_nodes_short O 1")) {
            List<String> changed = new ArrayList<>(lines);
            changed.set(at, bad);
            Files.write(inputNn, changed);
            org.mlpot.io.FormatException e = assertThrows(org.mlpot.io.FormatException.class,
                    () -> N2p2PotentialReader.read(temp, N2p2Units.ANGSTROM_EV, 1), bad);
            assertEquals(inputNn.toString(), e.file(), bad);
            assertEquals(at + 1, e.line(), bad);
        }
        List<String> twice = new ArrayList<>(lines);
        twice.add(at + 1, "element_nodes_short O 1 5");
        Files.write(inputNn, twice);
        org.mlpot.io.FormatException e = assertThrows(org.mlpot.io.FormatException.class,
                () -> N2p2PotentialReader.read(temp, N2p2Units.ANGSTROM_EV, 1));
        assertEquals(at + 2, e.line());
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    private IllegalArgumentException refused(NeuralNetworkPotential potential) {
        Path folder = temp.resolve("refused");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> N2p2PotentialWriter.write(potential, folder));
        assertFalse(Files.exists(folder), "nothing is written for a refused potential");
        return e;
    }

    @Test
    void anotherDescriptorThanSymmetryFunctionsIsRefused() {
        NeuralNetworkPotential acsf = small();
        Descriptor other = new ConcatenatedDescriptor(List.of(acsf.descriptor()));
        NeuralNetworkPotential potential = new NeuralNetworkPotential("concatenated", other, acsf.scaling(),
                List.of(acsf.network(0), acsf.network(1)), acsf.normalization(), 1);
        IllegalArgumentException e = refused(potential);
        assertTrue(e.getMessage().contains("symmetry functions") && e.getMessage().contains("ConcatenatedDescriptor"), e.getMessage());
    }

    @Test
    void architecturesNnp2CannotExpressAreRefused() {
        IllegalArgumentException mixed = refused(SyntheticPotentials.twoElements(1));
        assertTrue(mixed.getMessage().contains("global_activation_short") && mixed.getMessage().contains("TANH")
                && mixed.getMessage().contains("SOFTPLUS"), mixed.getMessage());

        NeuralNetworkPotential base = small();
        IllegalArgumentException output = refused(withNetwork(base, 1, new Activation[] {Activation.SOFTPLUS, Activation.TANH}, 1));
        assertTrue(output.getMessage().contains("linear"), output.getMessage());

        IllegalArgumentException unknown = refused(withNetwork(base, 0,
                new Activation[] {Activation.SHIFTED_SOFTPLUS, Activation.LINEAR}, 1));
        assertTrue(unknown.getMessage().contains("SHIFTED_SOFTPLUS"), unknown.getMessage());

        IllegalArgumentException depth = refused(withNetwork(base, 1,
                new Activation[] {Activation.SOFTPLUS, Activation.SOFTPLUS, Activation.LINEAR}, 2));
        assertTrue(depth.getMessage().contains("global_hidden_layers_short"), depth.getMessage());
    }

    /** {@code base} with the network of species {@code s} replaced by a random one. */
    private static NeuralNetworkPotential withNetwork(NeuralNetworkPotential base, int s, Activation[] activations, int hiddenLayers) {
        int[] sizes = new int[hiddenLayers + 2];
        java.util.Arrays.fill(sizes, 5);
        sizes[0] = base.network(s).inputSize();
        sizes[sizes.length - 1] = 1;
        List<DenseNetwork> networks = new ArrayList<>(List.of(base.network(0), base.network(1)));
        networks.set(s, SyntheticPotentials.randomNetwork(sizes, activations, 3));
        return new NeuralNetworkPotential("changed", base.descriptor(), base.scaling(), networks, base.normalization(), 1);
    }

    @Test
    void differentCutoffFunctionsAreRefused() {
        NeuralNetworkPotential base = small();
        SymmetryFunctions mixed = new SymmetryFunctions(List.of(Element.H, Element.O), List.of(
                new ExpRadial(Element.O, Element.H, 0.25, 1.5, 6.0, CutoffShape.of(CutoffType.COS)),
                new ExpRadial(Element.O, Element.O, 0.25, 1.5, 6.0, CutoffShape.of(CutoffType.COS)),
                new ExpRadial(Element.H, Element.O, 0.5, 0.0, 6.0, CutoffShape.of(CutoffType.TANHU)),
                new ExpRadial(Element.H, Element.H, 0.5, 0.0, 6.0, CutoffShape.of(CutoffType.TANHU))));
        NeuralNetworkPotential potential = new NeuralNetworkPotential("mixed cutoffs", mixed, base.scaling(),
                List.of(base.network(0), base.network(1)), base.normalization(), 1);
        IllegalArgumentException e = refused(potential);
        assertTrue(e.getMessage().contains("one cutoff_type"), e.getMessage());
    }
}
