package org.mlpot.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.AtomEnvironment;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Element;

/** A plugin's descriptor format is used beside the shipped ones; clashes are refused, naming both. */
class DescriptorFormatsTest {

    @TempDir
    Path folder;

    /** A one-feature descriptor that is always 1, with a cutoff. */
    record ConstantDescriptor(double cutoff) implements Descriptor {
        @Override
        public List<Element> elements() {
            return List.of(Element.Si);
        }

        @Override
        public int size(Element centre) {
            return 1;
        }

        @Override
        public int[] sensitivity(Element centre, Element neighbor) {
            return new int[0];
        }

        @Override
        public void evaluate(AtomEnvironment environment, double[] values, double[] gradients) {
            values[0] = 1;
        }
    }

    /** Stores it as {@code constant} with {@code cutoff}. */
    static class ConstantFormat implements DescriptorFormat<ConstantDescriptor> {
        private final String type;

        ConstantFormat(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public Class<ConstantDescriptor> descriptorClass() {
            return ConstantDescriptor.class;
        }

        @Override
        public void write(ConstantDescriptor descriptor, ObjectNode node) {
            node.set("cutoff", ModelJson.number(descriptor.cutoff()));
        }

        @Override
        public ConstantDescriptor read(ModelNode node) {
            return new ConstantDescriptor(node.field("cutoff").real());
        }
    }

    private static final DescriptorFormats WITH_CONSTANT = DescriptorFormats.withPlugins(List.of(new ConstantFormat("constant")));

    @Test
    void aPluginDescriptorRoundTripsAlsoInsideAConcatenation() {
        Descriptor descriptor = new ConcatenatedDescriptor(List.of(new ConstantDescriptor(2.5), new ConstantDescriptor(3.5)));
        ObjectNode json = DescriptorCodec.write(descriptor, WITH_CONSTANT);
        assertEquals("constant", json.get("parts").get(0).get("type").asText());
        Descriptor back = DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, json), WITH_CONSTANT);
        ConcatenatedDescriptor parts = assertInstanceOf(ConcatenatedDescriptor.class, back);
        assertEquals(List.of(new ConstantDescriptor(2.5), new ConstantDescriptor(3.5)), parts.parts());
    }

    @Test
    void withoutItsFormatAPluginDescriptorIsNeitherWrittenNorRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptorCodec.write(new ConstantDescriptor(2.5), DescriptorFormats.shipped()));
        assertEquals("a model file cannot store a descriptor of class " + ConstantDescriptor.class.getName() + "; it stores "
                + "SymmetryFunctions, SoapDescriptor and ConcatenatedDescriptor (a plugin's descriptor needs its "
                + "DescriptorFormat on the class path)", e.getMessage());
        ModelNode node = CodecRoundTrips.roundTrip(folder, DescriptorCodec.write(new ConstantDescriptor(2.5), WITH_CONSTANT));
        FormatException f = assertThrows(FormatException.class, () -> DescriptorCodec.read(node));
        assertEquals(folder.resolve("roundtrip.model") + ": model.value.type: unknown descriptor type 'constant'; known are "
                + "acsf, soap and concatenated (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)", f.getMessage());
    }

    @Test
    void theUnknownTypeMessageListsPluginFormats() {
        ObjectNode json = DescriptorCodec.write(new ConstantDescriptor(2.5), WITH_CONSTANT);
        json.put("type", "constnat");
        FormatException f = assertThrows(FormatException.class,
                () -> DescriptorCodec.read(CodecRoundTrips.roundTrip(folder, json), WITH_CONSTANT));
        assertEquals(true, f.getMessage().contains("known are acsf, soap, constant and concatenated ("), f.getMessage());
    }

    @Test
    void clashesAreRefusedNamingBothFormats() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> DescriptorFormats.withPlugins(List.of(new ConstantFormat("constant"), new ConstantFormat("constant"))));
        assertEquals("two model-file formats of descriptor type 'constant': " + ConstantFormat.class.getName() + " and "
                + ConstantFormat.class.getName() + "; put only one plugin providing it on the class path", twice.getMessage());
        IllegalArgumentException shipped = assertThrows(IllegalArgumentException.class,
                () -> DescriptorFormats.withPlugins(List.of(new ConstantFormat("soap"))));
        assertEquals("two model-file formats of descriptor type 'soap': org.mlpot.io.model.SoapFormat (shipped with mlpot) and "
                + ConstantFormat.class.getName() + "; put only one plugin providing it on the class path", shipped.getMessage());
        IllegalArgumentException sameClass = assertThrows(IllegalArgumentException.class,
                () -> DescriptorFormats.withPlugins(List.of(new ConstantFormat("constant"), new ConstantFormat("other"))));
        assertEquals(true, sameClass.getMessage().startsWith("two model-file formats store " + ConstantDescriptor.class.getName()),
                sameClass.getMessage());
        IllegalArgumentException reserved = assertThrows(IllegalArgumentException.class,
                () -> DescriptorFormats.withPlugins(List.of(new ConstantFormat("concatenated"))));
        assertEquals(true, reserved.getMessage().contains("takes the type name 'concatenated'"), reserved.getMessage());
    }

    @Test
    void withoutPluginsOnTheClassPathTheInstalledFormatsAreTheShippedOnes() {
        assertEquals(List.of("acsf", "soap"), DescriptorFormats.installed().formats().stream().map(DescriptorFormat::type).toList());
    }
}
