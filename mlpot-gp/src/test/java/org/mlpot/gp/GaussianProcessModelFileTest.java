package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.gp.kernel.SumKernel;
import org.mlpot.io.FormatException;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.Provenance;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Gaussian-process potentials survive their model file bit for bit (every parameter, and the
 * energies, forces, stresses, atom energies and uncertainties they give) for SOAP + dot-product and
 * symmetry-function + squared-exponential models fitted to Stillinger–Weber silicon; damaged, foreign
 * and malformed files are refused with messages naming the file and the JSON path.
 */
class GaussianProcessModelFileTest {
    private static final Provenance PROVENANCE = new Provenance("model si {\n  elements Si\n}\n",
            List.of(new DataFileDigest("data/si.xyz", "cd".repeat(32), 4)), 20250201L, "0.1.0-SNAPSHOT",
            Instant.parse("2025-02-01T08:00:00.125Z"));

    @TempDir
    Path folder;

    private LoadedGaussianProcessModel roundTrip(GaussianProcessPotential potential) {
        Path file = folder.resolve("si.model");
        GaussianProcessModelFile.write(file, potential, PROVENANCE);
        assertEquals(GaussianProcessModelFile.KIND, ModelFiles.kind(file));
        LoadedGaussianProcessModel loaded = GaussianProcessModelFile.read(file, 1);
        assertEquals(PROVENANCE, loaded.provenance());
        assertSameParameters(potential, loaded.potential());
        assertSameResults(potential, loaded.potential());
        return loaded;
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what + ": " + expected + " vs " + actual);
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int k = 0; k < expected.length; k++) {
            assertBits(expected[k], actual[k], what + " " + k);
        }
    }

    private static void assertSameParameters(GaussianProcessPotential expected, GaussianProcessPotential actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.descriptor().getClass(), actual.descriptor().getClass());
        assertEquals(expected.descriptor().elements(), actual.descriptor().elements());
        assertEquals(expected.kernel().toString(), actual.kernel().toString());
        assertEquals(expected.kernel().getClass(), actual.kernel().getClass());
        assertEquals(expected.sparseCount(), actual.sparseCount());
        assertBits(expected.referenceEnergies(), actual.referenceEnergies(), "reference energy");
        assertBits(expected.alpha(), actual.alpha(), "alpha");
        double[][][] a = expected.sparsePoints();
        double[][][] b = actual.sparsePoints();
        assertEquals(a.length, b.length);
        for (int s = 0; s < a.length; s++) {
            assertEquals(a[s].length, b[s].length, "sparse points of species " + s);
            for (int p = 0; p < a[s].length; p++) {
                assertBits(a[s][p], b[s][p], "sparse point " + s + "/" + p);
            }
        }
        assertEquals(expected.uncertaintyScales(), actual.uncertaintyScales(), "uncertainty scales");
        int m = expected.sparseCount();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                assertBits(expected.lowerK()[i * m + j], actual.lowerK()[i * m + j], "L " + i + "/" + j);
                assertBits(expected.lowerR()[i * m + j], actual.lowerR()[i * m + j], "Rᵀ " + i + "/" + j);
            }
        }
    }

    /** Energies, forces, stress and atom energies without and with uncertainty; the uncertainties too. */
    private static void assertSameResults(GaussianProcessPotential expected, GaussianProcessPotential actual) {
        Structure structure = SiliconData.contractSample();
        Set<Property> mean = EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES);
        Set<Property> withUncertainty = EnumSet.of(Property.ENERGY, Property.FORCES, Property.STRESS, Property.ATOM_ENERGIES,
                Property.UNCERTAINTY);
        for (Set<Property> properties : List.of(mean, withUncertainty, EnumSet.of(Property.ENERGY, Property.UNCERTAINTY))) {
            Result r = expected.evaluate(structure, properties);
            Result q = actual.evaluate(structure, properties);
            assertBits(r.energy(), q.energy(), "energy");
            if (properties.contains(Property.FORCES)) {
                assertBits(r.forces(), q.forces(), "force component");
                assertBits(r.atomEnergies(), q.atomEnergies(), "atom energy");
                assertEquals(r.stress(), q.stress(), "stress, bit for bit");
            }
            if (properties.contains(Property.UNCERTAINTY)) {
                Result.Uncertainty u = r.uncertainty();
                Result.Uncertainty v = q.uncertainty();
                assertTrue(u.energy() > 0 && Double.isFinite(u.energy()), "a real uncertainty to compare, got " + u.energy());
                assertBits(u.energy(), v.energy(), "energy standard deviation");
                assertBits(u.atomEnergies(), v.atomEnergies(), "atom energy standard deviation");
                if (properties.contains(Property.FORCES)) {
                    assertTrue(u.forces()[0] > 0, "a real force uncertainty to compare, got " + u.forces()[0]);
                    assertBits(u.forces(), v.forces(), "force standard deviation");
                }
            }
        }
    }

    @Test
    void soapDotProductPotentialRoundTrips() {
        LoadedGaussianProcessModel loaded = roundTrip(SiliconModels.soapDotProduct());
        DotProductKernel kernel = assertInstanceOf(DotProductKernel.class, loaded.potential().kernel());
        assertBits(4.0, kernel.zeta(), "zeta");
        assertBits(0.5, kernel.delta(), "delta");
    }

    @Test
    void uncertaintyScalesRoundTrip() {
        UncertaintyScales scales = new UncertaintyScales(0.7765432109876543, 1.3);
        LoadedGaussianProcessModel loaded = roundTrip(SiliconModels.soapDotProduct().withUncertaintyScales(scales));
        assertEquals(scales, loaded.potential().uncertaintyScales());
    }

    @Test
    void symmetryFunctionSquaredExponentialPotentialRoundTrips() {
        LoadedGaussianProcessModel loaded = roundTrip(SiliconModels.symmetryFunctionsSquaredExponential());
        SquaredExponentialKernel kernel = assertInstanceOf(SquaredExponentialKernel.class, loaded.potential().kernel());
        assertBits(1.0, kernel.lengthScale(), "length scale");
        assertBits(0.5, kernel.delta(), "delta");
        assertBits(SiliconData.E0, loaded.potential().referenceEnergy(Element.Si), "e0");
    }

    @Test
    void sumKernelPotentialRoundTrips() {
        LoadedGaussianProcessModel loaded = roundTrip(SiliconSumKernelModel.potential());
        SumKernel kernel = assertInstanceOf(SumKernel.class, loaded.potential().kernel());
        SquaredExponentialKernel radial = assertInstanceOf(SquaredExponentialKernel.class, kernel.terms().get(0));
        DotProductKernel soap = assertInstanceOf(DotProductKernel.class, kernel.terms().get(1));
        assertBits(1.0, radial.lengthScale(), "length scale");
        assertBits(0.3, radial.delta(), "radial delta");
        assertBits(4.0, soap.zeta(), "zeta");
        assertBits(0.4, soap.delta(), "soap delta");
        assertEquals(1, kernel.partSizes().size());
        assertEquals(List.of(6, SiliconModels.soapDescriptor().size(Element.Si)),
                Arrays.stream(kernel.partSizes().get(0)).boxed().toList());
    }

    @Test
    void theFileIsReadableJsonWithOneSparsePointAndOneTriangleRowPerLine() throws IOException {
        GaussianProcessPotential potential = SiliconModels.symmetryFunctionsSquaredExponential();
        Path file = folder.resolve("si.model");
        GaussianProcessModelFile.write(file, potential, PROVENANCE);
        List<String> lines = Files.readAllLines(file);
        String all = String.join("\n", lines);
        assertTrue(lines.get(0).startsWith("# mlpot model file, format 1, kind gap, body "), lines.get(0));
        assertTrue(lines.contains("    \"elements\": [\"Si\"],"), all);
        assertTrue(lines.contains("      \"type\": \"squared_exponential\","), all);
        assertTrue(lines.contains("      \"Si\": -4.3"), all);
        int m = potential.sparseCount();
        int features = potential.descriptor().size(Element.Si);
        long points = lines.stream().filter(l -> l.startsWith("          [") && l.split(",").length == features).count();
        assertEquals(m, points, "one line per sparse point\n" + all);
        for (String factor : List.of("lower_k", "lower_r")) {
            int start = lines.indexOf("    \"" + factor + "\": [");
            assertTrue(start > 0, factor + " starts a block\n" + all);
            for (int i = 0; i < m; i++) {
                String row = lines.get(start + 1 + i).trim();
                assertTrue(row.startsWith("[") && row.endsWith(i + 1 < m ? "]," : "]"), factor + " row " + i + ": " + row);
                assertEquals(i + 1, row.split(",").length, factor + " row " + i + " holds i + 1 values: " + row);
            }
        }
    }

    @Test
    void aFlippedByteIsReportedAsAChecksumMismatch() throws IOException {
        Path file = folder.resolve("si.model");
        GaussianProcessModelFile.write(file, SiliconModels.soapDotProduct(), PROVENANCE);
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("\"alpha\": [") + 12; // a digit of a weight
        bytes[at] = (byte) (bytes[at] == '3' ? '4' : '3');
        Files.write(file, bytes);
        FormatException e = assertThrows(FormatException.class, () -> GaussianProcessModelFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": checksum mismatch: the body's SHA-256 is "), e.getMessage());
    }

    @Test
    void aNeuralNetworkModelIsRefusedNamingBothKinds() {
        Path file = folder.resolve("nn.model");
        ModelFiles.write(file, "hdnnp", PROVENANCE, ModelJson.object());
        assertEquals(file + ":1: this is a 'hdnnp' model, not a 'gap' model; load it with the reader for hdnnp models",
                assertThrows(FormatException.class, () -> GaussianProcessModelFile.read(file)).getMessage());
    }

    /** Writes the soap model, edits its {@code model} object and writes it again with a valid header, and reads it. */
    private String errorAfter(Consumer<ObjectNode> edit) throws IOException {
        Path file = folder.resolve("si.model");
        GaussianProcessModelFile.write(file, SiliconModels.soapDotProduct(), PROVENANCE);
        String text = Files.readString(file);
        JsonNode body = new ObjectMapper().readTree(text.substring(text.indexOf('\n') + 1));
        ObjectNode model = (ObjectNode) body.get("model");
        edit.accept(model);
        ModelFiles.write(file, GaussianProcessModelFile.KIND, PROVENANCE, model);
        String message = assertThrows(FormatException.class, () -> GaussianProcessModelFile.read(file, 1)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        return message.substring(file.toString().length() + 2);
    }

    private static ArrayNode points(ObjectNode model) {
        return (ArrayNode) model.get("sparse_points").get(0).get("points");
    }

    @Test
    void malformedMembersAreNamedByTheirPath() throws IOException {
        int m = SiliconModels.soapDotProduct().sparseCount();
        int features = SiliconModels.soapDotProduct().descriptor().size(Element.Si);
        assertEquals("model.kernel.type: unknown kernel type 'polynomial'; known are dot_product, squared_exponential and sum"
                + " (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)",
                errorAfter(model -> ((ObjectNode) model.get("kernel")).put("type", "polynomial")));
        assertEquals("model.kernel: the dot-product kernel needs zeta > 0 and delta > 0",
                errorAfter(model -> ((ObjectNode) model.get("kernel")).put("zeta", -4.0)));
        assertEquals("model.kernel: 'zeta' is missing",
                errorAfter(model -> ((ObjectNode) model.get("kernel")).remove("zeta")));
        assertEquals("model.reference_energies.Si: expected a number, got \"low\"",
                errorAfter(model -> ((ObjectNode) model.get("reference_energies")).put("Si", "low")));
        assertEquals("model.reference_energies: 'O' is not one of the elements [Si]",
                errorAfter(model -> ((ObjectNode) model.get("reference_energies")).put("O", -2.0)));
        assertEquals("model.sparse_points[0].points[3]: the descriptor gives Si " + features + " features, got " + (features - 1),
                errorAfter(model -> ((ArrayNode) points(model).get(3)).remove(0)));
        assertEquals("model.sparse_points[0].points[1][2]: expected a finite number, got NaN",
                errorAfter(model -> ((ArrayNode) points(model).get(1)).set(2, ModelJson.number(Double.NaN))));
        assertEquals("model.sparse_points[0].points[0]: the dot-product kernel cannot normalise a zero descriptor vector "
                        + "(an atom without neighbours?); give SOAP a central-atom weight or use the squared-exponential kernel",
                errorAfter(model -> points(model).set(0, ModelJson.numbers(new double[features]))));
        assertEquals("model.sparse_points[0].element: entry 0 must be the one of Si (the elements' order), got O",
                errorAfter(model -> ((ObjectNode) model.get("sparse_points").get(0)).put("element", "O")));
        assertEquals("model.alpha: " + (m - 1) + " sparse points need as many weights, got " + m,
                errorAfter(model -> points(model).remove(0)));
        assertEquals("model.lower_r[2]: row 2 of a lower triangle holds 3 values, got 2",
                errorAfter(model -> ((ArrayNode) model.get("lower_r").get(2)).remove(0)));
        assertEquals("model.lower_k: " + m + " sparse points need a triangle of " + m + " rows, got " + (m - 1),
                errorAfter(model -> ((ArrayNode) model.get("lower_k")).remove(m - 1)));
        assertEquals("model.lower_k[1]: the diagonal value is 0; the factor must be invertible",
                errorAfter(model -> ((ArrayNode) model.get("lower_k").get(1)).set(1, ModelJson.number(0.0))));
        assertEquals("model: 'lower_r' is missing", errorAfter(model -> model.remove("lower_r")));
    }

    /** A sum kernel over the soap model's vectors: a dot product on the first 3 features, another on the rest. */
    private static ObjectNode sum(int features, int... firstPart) {
        ObjectNode kernel = ModelJson.object();
        kernel.put("type", "sum");
        ArrayNode terms = kernel.putArray("terms");
        for (int t = 0; t < 2; t++) {
            terms.addObject().put("type", "dot_product").put("zeta", 2.0).put("delta", 0.5);
        }
        ArrayNode splits = kernel.putArray("part_sizes");
        for (int first : firstPart) {
            splits.add(ModelJson.integers(new int[] {first, features - first}));
        }
        return kernel;
    }

    @Test
    void malformedSumKernelsAreNamedByTheirPath() throws IOException {
        int features = SiliconModels.soapDotProduct().descriptor().size(Element.Si);
        assertEquals("model.kernel: 'part_sizes' is missing",
                errorAfter(model -> model.set("kernel", sum(features, 3).without("part_sizes"))));
        assertEquals("model.kernel.terms[1]: 'zeta' is missing", errorAfter(model -> {
            ObjectNode kernel = sum(features, 3);
            ((ObjectNode) kernel.get("terms").get(1)).remove("zeta");
            model.set("kernel", kernel);
        }));
        assertEquals("model.kernel: part sizes must be 0 or more, got [" + (features + 1) + ", -1]",
                errorAfter(model -> model.set("kernel", sum(features, features + 1))));
        assertTrue(errorAfter(model -> model.set("kernel", sum(features, 3, 4))).startsWith(
                "model.kernel: two elements have " + features + " features each but split them differently ([3, "
                        + (features - 3) + "] and [4, " + (features - 4) + "])"));
        assertEquals("model.sparse_points[0].points[0]: a sum of kernels splits vectors of [" + (features - 1)
                        + "] features, got vectors of " + features + " features; the vectors must come from the model's descriptor",
                errorAfter(model -> model.set("kernel", sum(features - 1, 3))));
    }
}
