package org.mlpot.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.acsf.AngularKind;
import org.mlpot.descriptor.acsf.RadialGrid;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapRadialBasis;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/** Every descriptor survives a model file bit for bit: same definition, same features and derivatives. */
class DescriptorCodecTest {
    static final List<Element> ELEMENTS = List.of(Element.O, Element.Si);

    @TempDir
    Path folder;

    /** Every symmetry-function type, two cutoff shapes (one with an inner cutoff) and compact functions. */
    static SymmetryFunctions mixedAcsf() {
        SymmetryFunctionGenerator cos = new SymmetryFunctionGenerator(ELEMENTS, 3.7, CutoffShape.of(CutoffType.COS));
        SymmetryFunctionGenerator poly = new SymmetryFunctionGenerator(ELEMENTS, 3.3, new CutoffShape(CutoffType.POLY2, 0.1));
        List<SymmetryFunction> functions = new ArrayList<>(cos.radial(RadialGrid.imbalzano(RadialGrid.Mode.SHIFTED, 3, 3.7)));
        functions.addAll(poly.angular(AngularKind.NARROW, RadialGrid.imbalzano(RadialGrid.Mode.CENTERED, 2, 3.3), 1.0, 2.5));
        functions.addAll(cos.angular(AngularKind.WIDE, RadialGrid.imbalzano(RadialGrid.Mode.CENTERED, 2, 3.7), 1.0, 4.0));
        functions.addAll(poly.weightedRadial(RadialGrid.imbalzano(RadialGrid.Mode.SHIFTED, 2, 3.3)));
        functions.addAll(cos.weightedAngular(RadialGrid.imbalzano(RadialGrid.Mode.CENTERED, 2, 3.7), 1.0));
        for (String line : List.of("symfunction_short O 20 Si -3.0 3.1 p2", "symfunction_short Si 21 O Si 1.0 3.4 30.0 150.0 p3a",
                "symfunction_short O 22 O Si -3.0 3.0 90.0 270.0 e", "symfunction_short Si 23 1.0 3.2 p4",
                "symfunction_short O 24 -3.0 3.0 -90.0 90.0 p1", "symfunction_short Si 25 0.5 3.5 10.0 170.0 p2")) {
            functions.add(SymmetryFunction.parse(line));
        }
        return new SymmetryFunctions(ELEMENTS, functions);
    }

    static SoapDescriptor smallSoap() {
        return new SoapDescriptor(new SoapSettings(3.6, 0.7, 0.45, 3, 2, SoapRadialBasis.POLYNOMIAL, 0.75, ELEMENTS, true));
    }

    /** A shaken 8-atom periodic O/Si cell. */
    static Structure sample() {
        Random random = new Random(5);
        double a = 4.6;
        double[][] basis = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}, {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75},
            {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}};
        List<Element> species = new ArrayList<>();
        double[] positions = new double[3 * basis.length];
        for (int i = 0; i < basis.length; i++) {
            species.add(i % 3 == 0 ? Element.O : Element.Si);
            for (int c = 0; c < 3; c++) {
                positions[3 * i + c] = basis[i][c] * a + 0.25 * (2 * random.nextDouble() - 1);
            }
        }
        return Structure.of(species, positions, Cell.periodic(new double[][] {{a, 0, 0}, {0.1, a, 0}, {0, -0.2, a}}));
    }

    private Descriptor roundTrip(Descriptor descriptor) {
        return DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, DescriptorCodec.write(descriptor)));
    }

    /** Values and every derivative equal bit for bit. */
    private static void assertSameFeatures(Descriptor expected, Descriptor actual) {
        assertEquals(expected.elements(), actual.elements());
        assertEquals(Double.doubleToRawLongBits(expected.cutoff()), Double.doubleToRawLongBits(actual.cutoff()));
        Structure s = sample();
        StructureFeatures a = new FeatureCalculator(expected, 1).compute(s, true);
        StructureFeatures b = new FeatureCalculator(actual, 1).compute(s, true);
        for (int i = 0; i < s.size(); i++) {
            assertEquals(a.size(i), b.size(i));
            for (int g = 0; g < a.size(i); g++) {
                assertEquals(a.value(i, g), b.value(i, g), 0.0, "atom " + i + " feature " + g);
                for (int v = 0; v < 9; v++) {
                    assertEquals(a.strainDerivative(i, v, g), b.strainDerivative(i, v, g), 0.0);
                }
                for (int c = 0; c < 3; c++) {
                    assertEquals(a.selfDerivative(i, c, g), b.selfDerivative(i, c, g), 0.0);
                }
            }
            assertEquals(a.neighborCount(i), b.neighborCount(i));
        }
    }

    @Test
    void symmetryFunctionsRoundTrip() {
        SymmetryFunctions original = mixedAcsf();
        SymmetryFunctions back = assertInstanceOf(SymmetryFunctions.class, roundTrip(original));
        assertEquals(original.settingsLines(), back.settingsLines());
        for (Element e : ELEMENTS) {
            assertEquals(original.functions(e), back.functions(e), "records, cutoff shapes included");
        }
        assertSameFeatures(original, back);
    }

    @Test
    void symmetryFunctionsAreGroupedByCutoffFunction() {
        ObjectNode json = DescriptorCodec.write(mixedAcsf());
        assertEquals(3, json.get("function_groups").size(), "cos, poly2 with alpha 0.1, and the compact functions");
        assertEquals("POLY2", json.get("function_groups").get(1).get("cutoff_type").asText());
        assertEquals(0.1, json.get("function_groups").get(1).get("cutoff_alpha").asDouble(), 0.0);
        assertEquals(null, json.get("function_groups").get(2).get("cutoff_type"));
    }

    @Test
    void soapRoundTrips() {
        SoapDescriptor original = smallSoap();
        SoapDescriptor back = assertInstanceOf(SoapDescriptor.class, roundTrip(original));
        assertEquals(original.settings(), back.settings());
        assertSameFeatures(original, back);
    }

    @Test
    void concatenationRoundTrips() {
        ConcatenatedDescriptor original = new ConcatenatedDescriptor(List.of(mixedAcsf(), smallSoap()));
        ConcatenatedDescriptor back = assertInstanceOf(ConcatenatedDescriptor.class, roundTrip(original));
        assertEquals(2, back.parts().size());
        assertInstanceOf(SymmetryFunctions.class, back.parts().get(0));
        assertInstanceOf(SoapDescriptor.class, back.parts().get(1));
        assertSameFeatures(original, back);
    }

    @Test
    void refusesADescriptorItCannotStore() {
        Descriptor foreign = new Descriptor() {
            @Override
            public List<Element> elements() {
                return ELEMENTS;
            }

            @Override
            public double cutoff() {
                return 1;
            }

            @Override
            public int size(Element centre) {
                return 0;
            }

            @Override
            public int[] sensitivity(Element centre, Element neighbor) {
                return new int[0];
            }

            @Override
            public void evaluate(org.mlpot.descriptor.AtomEnvironment environment, double[] values, double[] gradients) {
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DescriptorCodec.write(foreign));
        assertTrue(e.getMessage().startsWith("a model file cannot store a descriptor of class "), e.getMessage());
    }

    @Test
    void badDescriptorJsonIsNamedByPath() {
        ObjectNode json = DescriptorCodec.write(mixedAcsf());
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("function_groups").get(0).get("functions")).set(1,
                com.fasterxml.jackson.databind.node.TextNode.valueOf("symfunction_short O 2 Si 0.5 zero 3.7"));
        FormatException e = assertThrows(FormatException.class, () -> DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, json)));
        assertTrue(e.getMessage().contains(": model.value.function_groups[0].functions[1]: "), e.getMessage());

        ObjectNode soap = DescriptorCodec.write(smallSoap());
        soap.put("type", "sop");
        e = assertThrows(FormatException.class, () -> DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, soap)));
        assertTrue(e.getMessage().endsWith("model.value.type: unknown descriptor type 'sop'; known are acsf, soap and concatenated"
                + " (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)"),
                e.getMessage());

        ObjectNode radial = DescriptorCodec.write(smallSoap());
        radial.put("radial_basis", "gto");
        e = assertThrows(FormatException.class, () -> DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, radial)));
        assertTrue(e.getMessage().endsWith("model.value.radial_basis: unknown SoapRadialBasis 'gto'; known are [GTO, POLYNOMIAL]"),
                e.getMessage());
    }
}
