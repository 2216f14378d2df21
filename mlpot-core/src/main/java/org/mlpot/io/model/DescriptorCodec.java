package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Element;

/**
 * Every descriptor of mlpot as JSON in a model file, told apart by the member {@code type}:
 * <ul>
 *   <li>{@code acsf} ({@link SymmetryFunctions}): {@code elements} and {@code function_groups}, each
 *       group the n2p2 settings lines of functions in Å ({@link SymmetryFunction#settingsLine()})
 *       sharing one cutoff function, given by {@code cutoff_type} (a {@link CutoffType} name) and
 *       {@code cutoff_alpha}; the compact types 20–25 form a group without them;</li>
 *   <li>{@code soap} ({@link SoapDescriptor}): the fields of its {@link SoapSettings};</li>
 *   <li>{@code concatenated} ({@link ConcatenatedDescriptor}): {@code parts}, a list of descriptors;</li>
 *   <li>the type of a plugin's {@link DescriptorFormat}: the members it writes.</li>
 * </ul>
 * The methods without a {@link DescriptorFormats} argument use {@link DescriptorFormats#installed()}.
 * Numbers are written so that they read back bit for bit, so a descriptor read back computes the
 * same features as the one written.
 */
public final class DescriptorCodec {

    private DescriptorCodec() {
    }

    /**
     * The JSON of {@code descriptor}, with the installed formats.
     *
     * @throws IllegalArgumentException for a descriptor class a model file cannot store
     */
    public static ObjectNode write(Descriptor descriptor) {
        return write(descriptor, DescriptorFormats.installed());
    }

    /**
     * The JSON of {@code descriptor}, with the given formats.
     *
     * @throws IllegalArgumentException for a descriptor class none of the formats stores
     */
    public static ObjectNode write(Descriptor descriptor, DescriptorFormats formats) {
        Objects.requireNonNull(descriptor, "descriptor is null");
        Objects.requireNonNull(formats, "formats is null");
        ObjectNode node = ModelJson.object();
        if (descriptor instanceof ConcatenatedDescriptor concatenated) {
            node.put("type", DescriptorFormats.CONCATENATED);
            ArrayNode parts = node.putArray("parts");
            for (Descriptor part : concatenated.parts()) {
                parts.add(write(part, formats));
            }
            return node;
        }
        DescriptorFormat<?> format = formats.forClass(descriptor.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "a model file cannot store a descriptor of class " + descriptor.getClass().getName() + "; it stores "
                + storedClasses(formats) + " (a plugin's descriptor needs its DescriptorFormat on the class path)"));
        node.put("type", format.type());
        writeWith(format, descriptor, node);
        return node;
    }

    private static <D extends Descriptor> void writeWith(DescriptorFormat<D> format, Descriptor descriptor, ObjectNode node) {
        format.write(format.descriptorClass().cast(descriptor), node);
    }

    private static String storedClasses(DescriptorFormats formats) {
        List<String> names = new ArrayList<>();
        for (DescriptorFormat<?> format : formats.formats()) {
            names.add(format.descriptorClass().getSimpleName());
        }
        names.add(ConcatenatedDescriptor.class.getSimpleName());
        return inWords(names);
    }

    /**
     * Puts a model's element order ({@code elements}) and its descriptor ({@code descriptor}) into a
     * model object, as every kind of model file holds them.
     */
    public static void writeInto(ObjectNode model, Descriptor descriptor) {
        Objects.requireNonNull(model, "model is null");
        model.set("elements", ModelJson.elements(descriptor.elements()));
        model.set("descriptor", write(descriptor));
    }

    /**
     * The descriptor of a model object written by {@link #writeInto}, after checking that its element
     * order is the model's {@code elements}.
     *
     * @throws FormatException naming file and path when either is missing or invalid, or they differ
     */
    public static Descriptor readFrom(ModelNode model) {
        Objects.requireNonNull(model, "model is null");
        ModelNode elementsNode = model.field("elements");
        List<Element> elements = elementsNode.elements();
        Descriptor descriptor = read(model.field("descriptor"));
        if (!descriptor.elements().equals(elements)) {
            throw elementsNode.error("the elements " + symbols(elements) + " differ from the descriptor's "
                    + symbols(descriptor.elements()));
        }
        return descriptor;
    }

    private static String symbols(List<Element> elements) {
        return elements.stream().map(Element::symbol).toList().toString();
    }

    /**
     * The descriptor {@code node} describes, with the installed formats.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid descriptor
     */
    public static Descriptor read(ModelNode node) {
        return read(node, DescriptorFormats.installed());
    }

    /**
     * The descriptor {@code node} describes, with the given formats.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid descriptor
     *     of one of the formats
     */
    public static Descriptor read(ModelNode node, DescriptorFormats formats) {
        Objects.requireNonNull(node, "node is null");
        Objects.requireNonNull(formats, "formats is null");
        ModelNode type = node.field("type");
        if (type.text().equals(DescriptorFormats.CONCATENATED)) {
            List<Descriptor> parts = new ArrayList<>();
            for (ModelNode part : node.field("parts").items()) {
                parts.add(read(part, formats));
            }
            try {
                return new ConcatenatedDescriptor(parts);
            } catch (IllegalArgumentException e) {
                throw node.error(e.getMessage());
            }
        }
        DescriptorFormat<?> format = formats.forType(type.text()).orElseThrow(() -> {
            List<String> known = new ArrayList<>();
            formats.formats().forEach(f -> known.add(f.type()));
            known.add(DescriptorFormats.CONCATENATED);
            return type.error("unknown descriptor type '" + type.text() + "'; known are " + inWords(known)
                    + " (a plugin's type needs the plugin's jar on the class path: MLPOT_PLUGINS for the command line)");
        });
        try {
            return format.read(node);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }
}
