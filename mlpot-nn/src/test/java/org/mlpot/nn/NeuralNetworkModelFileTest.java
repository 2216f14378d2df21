package org.mlpot.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.Provenance;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Neural-network potentials survive their model file bit for bit (every parameter, and the
 * energies, forces and stresses they give) for symmetry-function, SOAP and concatenated
 * descriptors; damaged, truncated, newer and foreign files are refused with messages naming the file.
 */
class NeuralNetworkModelFileTest {
    private static final List<Element> ELEMENTS = List.of(Element.O, Element.Si);
    private static final Provenance PROVENANCE = new Provenance("model osi {\n  elements O Si\n}\n",
            List.of(new DataFileDigest("data/osi.xyz", "ab".repeat(32), 48)), 20250131L, "0.1.0-SNAPSHOT",
            Instant.parse("2025-01-31T12:34:56.789Z"));

    @TempDir
    Path folder;

    private static Structure sample() {
        double a = 5.2;
        double[][] basis = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}, {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75},
            {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}};
        double[][] cell = {{a, 0.1, -0.2}, {0.15, a * 1.03, 0.05}, {-0.1, 0.2, a * 0.98}};
        Random random = new Random(11);
        List<Element> species = new ArrayList<>();
        double[] p = new double[3 * basis.length];
        for (int i = 0; i < basis.length; i++) {
            species.add(i % 2 == 0 ? Element.O : Element.Si);
            for (int c = 0; c < 3; c++) {
                double x = 0;
                for (int r = 0; r < 3; r++) {
                    x += basis[i][r] * cell[r][c];
                }
                p[3 * i + c] = x + 0.2 * (2 * random.nextDouble() - 1);
            }
        }
        return Structure.of(species, p, Cell.periodic(cell));
    }

    /** A potential on {@code descriptor} with statistics of the sample (with atom counts) and random networks. */
    private static NeuralNetworkPotential potentialOn(Descriptor descriptor, ScalingType type) {
        FeatureStatisticsAccumulator accumulator = new FeatureStatisticsAccumulator(descriptor);
        accumulator.add(new FeatureCalculator(descriptor, 1).compute(sample(), false));
        FeatureScaling scaling = FeatureScaling.of(type, accumulator.statistics(), -1.0, 1.0);
        List<DenseNetwork> networks = new ArrayList<>();
        for (int s = 0; s < ELEMENTS.size(); s++) {
            int g = descriptor.size(ELEMENTS.get(s));
            networks.add(SyntheticPotentials.randomNetwork(new int[] {g, 6, 5, 1},
                    new Activation[] {Activation.SHIFTED_SOFTPLUS, Activation.LOGISTIC, Activation.LINEAR}, 40 + s));
        }
        EnergyNormalization normalization = new EnergyNormalization(-1.25, 0.7, Map.of(Element.O, -2.5, Element.H, 0.125), 1.0);
        return new NeuralNetworkPotential("osi", descriptor, scaling, networks, normalization, 1);
    }

    private static SoapDescriptor soap() {
        return new SoapDescriptor(SoapSettings.of(ELEMENTS, 3.5, 3, 2).withAtomSigma(0.6));
    }

    private static SymmetryFunctions acsf() {
        return new SymmetryFunctionGenerator(ELEMENTS, 4.0, new CutoffShape(CutoffType.POLY2, 0.05)).standardSet(3, 2);
    }

    private LoadedNeuralNetworkModel roundTrip(NeuralNetworkPotential potential) {
        Path file = folder.resolve("potential.model");
        NeuralNetworkModelFile.write(file, potential, PROVENANCE);
        assertEquals(NeuralNetworkModelFile.KIND, ModelFiles.kind(file));
        LoadedNeuralNetworkModel loaded = NeuralNetworkModelFile.read(file, 1);
        assertSamePotential(potential, loaded.potential());
        assertEquals(PROVENANCE, loaded.provenance());
        return loaded;
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what + ": " + expected + " vs " + actual);
    }

    /** Every parameter and every result, bit for bit. */
    private static void assertSamePotential(NeuralNetworkPotential expected, NeuralNetworkPotential actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.descriptor().elements(), actual.descriptor().elements());
        assertEquals(expected.descriptor().getClass(), actual.descriptor().getClass());
        assertEquals(expected.normalization(), actual.normalization());
        FeatureScaling a = expected.scaling();
        FeatureScaling b = actual.scaling();
        assertEquals(a.type(), b.type());
        assertEquals(a.statistics(), b.statistics());
        assertBits(a.scaledMin(), b.scaledMin(), "Smin");
        assertBits(a.scaledMax(), b.scaledMax(), "Smax");
        for (int s = 0; s < ELEMENTS.size(); s++) {
            DenseNetwork x = expected.network(s);
            DenseNetwork y = actual.network(s);
            assertEquals(Arrays.toString(x.layerSizes()), Arrays.toString(y.layerSizes()));
            int[] sizes = x.layerSizes();
            for (int l = 1; l < sizes.length; l++) {
                assertEquals(x.activation(l), y.activation(l));
                for (int k = 0; k < sizes[l]; k++) {
                    assertBits(x.bias(l, k), y.bias(l, k), "bias " + l + "/" + k);
                    for (int j = 0; j < sizes[l - 1]; j++) {
                        assertBits(x.weight(l, j, k), y.weight(l, j, k), "weight " + l + "/" + j + "/" + k);
                    }
                }
            }
        }
        Structure structure = sample();
        EnumSet<Property> all = EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);
        Result r = expected.evaluate(structure, all);
        Result q = actual.evaluate(structure, all);
        assertBits(r.energy(), q.energy(), "energy");
        for (int k = 0; k < r.forces().length; k++) {
            assertBits(r.forces()[k], q.forces()[k], "force component " + k);
        }
        for (int k = 0; k < r.atomEnergies().length; k++) {
            assertBits(r.atomEnergies()[k], q.atomEnergies()[k], "atom energy " + k);
        }
        assertEquals(r.stress(), q.stress(), "stress, bit for bit");
    }

    @Test
    void symmetryFunctionPotentialRoundTrips() {
        roundTrip(SyntheticPotentials.twoElements(1));
        roundTrip(potentialOn(acsf(), ScalingType.SCALE_CENTER));
    }

    @Test
    void soapPotentialRoundTrips() {
        roundTrip(potentialOn(soap(), ScalingType.CENTER));
    }

    @Test
    void concatenatedPotentialRoundTrips() {
        LoadedNeuralNetworkModel loaded = roundTrip(potentialOn(new ConcatenatedDescriptor(List.of(acsf(), soap())), ScalingType.CENTER));
        assertInstanceOf(ConcatenatedDescriptor.class, loaded.potential().descriptor());
    }

    @Test
    void theFileIsReadableJsonWithOneNeuronPerLine() throws IOException {
        Path file = folder.resolve("osi.model");
        NeuralNetworkModelFile.write(file, SyntheticPotentials.twoElements(1), PROVENANCE);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# mlpot model file, format 1, kind hdnnp, body "), lines.get(0));
        assertTrue(lines.contains("    \"elements\": [\"O\", \"Si\"],"), String.join("\n", lines));
        assertTrue(lines.contains("        \"layer_sizes\": [" + SyntheticPotentials.twoElements(1).network(0).inputSize() + ", 8, 8, 1],"));
        long rows = lines.stream().filter(l -> l.startsWith("              [") && l.endsWith("],")
                || l.startsWith("              [") && l.endsWith("]")).count();
        assertEquals(2 * (8 + 8 + 1), rows, "one line of weights per neuron");
    }

    @Test
    void aFlippedByteIsReportedAsAChecksumMismatch() throws IOException {
        Path file = folder.resolve("osi.model");
        NeuralNetworkModelFile.write(file, SyntheticPotentials.twoElements(1), PROVENANCE);
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("\"biases\": [") + 13; // a digit of a bias
        bytes[at] = (byte) (bytes[at] == '3' ? '4' : '3');
        Files.write(file, bytes);
        FormatException e = assertThrows(FormatException.class, () -> NeuralNetworkModelFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": checksum mismatch: the body's SHA-256 is "), e.getMessage());
    }

    @Test
    void aTruncatedFileIsReportedAsTruncated() throws IOException {
        Path file = folder.resolve("osi.model");
        NeuralNetworkModelFile.write(file, SyntheticPotentials.twoElements(1), PROVENANCE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> NeuralNetworkModelFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": truncated: the header promises a body of "), e.getMessage());
        assertTrue(e.getMessage().endsWith("the file was cut off while being written or copied: use an intact copy or write it again"),
                e.getMessage());
    }

    @Test
    void aNewerFormatIsRefused() throws IOException {
        Path file = folder.resolve("osi.model");
        NeuralNetworkModelFile.write(file, SyntheticPotentials.twoElements(1), PROVENANCE);
        Files.writeString(file, Files.readString(file).replaceFirst("format 1,", "format 3,"));
        assertEquals(file + ":1: written by a newer mlpot (model file format 3); this mlpot reads format 1: update mlpot to load this model",
                assertThrows(FormatException.class, () -> NeuralNetworkModelFile.read(file)).getMessage());
    }

    @Test
    void anXyzFileIsNotAModel() throws IOException {
        Path file = folder.resolve("osi.xyz");
        Files.writeString(file, "1\nProperties=species:S:1:pos:R:3\nO 0.0 0.0 0.0\n");
        FormatException e = assertThrows(FormatException.class, () -> NeuralNetworkModelFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: not an mlpot model file"), e.getMessage());
    }

    @Test
    void aModelOfAnotherKindIsRefused() {
        Path file = folder.resolve("gp.model");
        ModelFiles.write(file, "sparse-gp", PROVENANCE, ModelJson.object());
        assertEquals(file + ":1: this is a 'sparse-gp' model, not a 'hdnnp' model; load it with the reader for sparse-gp models",
                assertThrows(FormatException.class, () -> NeuralNetworkModelFile.read(file)).getMessage());
    }
}
