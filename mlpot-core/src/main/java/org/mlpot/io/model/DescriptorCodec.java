package org.mlpot.io.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.ExpAngular;
import org.mlpot.descriptor.acsf.ExpAngularNarrowWeighted;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.ExpRadialWeighted;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapRadialBasis;
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
 *   <li>{@code concatenated} ({@link ConcatenatedDescriptor}): {@code parts}, a list of descriptors.</li>
 * </ul>
 * Numbers are written so that they read back bit for bit, so a descriptor read back computes the
 * same features as the one written.
 */
public final class DescriptorCodec {
    private static final String ACSF = "acsf";
    private static final String SOAP = "soap";
    private static final String CONCATENATED = "concatenated";

    private DescriptorCodec() {
    }

    /**
     * The JSON of {@code descriptor}.
     *
     * @throws IllegalArgumentException for a descriptor class a model file cannot store
     */
    public static ObjectNode write(Descriptor descriptor) {
        Objects.requireNonNull(descriptor, "descriptor is null");
        if (descriptor instanceof SymmetryFunctions functions) {
            return writeAcsf(functions);
        }
        if (descriptor instanceof SoapDescriptor soap) {
            return writeSoap(soap.settings());
        }
        if (descriptor instanceof ConcatenatedDescriptor concatenated) {
            ObjectNode node = ModelJson.object();
            node.put("type", CONCATENATED);
            ArrayNode parts = node.putArray("parts");
            for (Descriptor part : concatenated.parts()) {
                parts.add(write(part));
            }
            return node;
        }
        throw new IllegalArgumentException("a model file cannot store a descriptor of class " + descriptor.getClass().getName()
                + "; it stores SymmetryFunctions, SoapDescriptor and ConcatenatedDescriptor");
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
     * The descriptor {@code node} describes.
     *
     * @throws FormatException naming file and path when the JSON does not describe a valid descriptor
     */
    public static Descriptor read(ModelNode node) {
        Objects.requireNonNull(node, "node is null");
        ModelNode type = node.field("type");
        switch (type.text()) {
            case ACSF:
                return readAcsf(node);
            case SOAP:
                return readSoap(node);
            case CONCATENATED:
                List<Descriptor> parts = new ArrayList<>();
                for (ModelNode part : node.field("parts").items()) {
                    parts.add(read(part));
                }
                try {
                    return new ConcatenatedDescriptor(parts);
                } catch (IllegalArgumentException e) {
                    throw node.error(e.getMessage());
                }
            default:
                throw type.error("unknown descriptor type '" + type.text() + "'; known are " + ACSF + ", " + SOAP + " and "
                        + CONCATENATED);
        }
    }

    private static ObjectNode writeAcsf(SymmetryFunctions descriptor) {
        Map<Optional<CutoffShape>, List<String>> groups = new LinkedHashMap<>();
        for (var element : descriptor.elements()) {
            for (SymmetryFunction f : descriptor.functions(element)) {
                groups.computeIfAbsent(cutoffShape(f), shape -> new ArrayList<>()).add(f.settingsLine());
            }
        }
        ObjectNode node = ModelJson.object();
        node.put("type", ACSF);
        node.set("elements", ModelJson.elements(descriptor.elements()));
        ArrayNode list = node.putArray("function_groups");
        groups.forEach((shape, lines) -> {
            ObjectNode group = list.addObject();
            shape.ifPresent(s -> {
                group.put("cutoff_type", s.type().name());
                group.set("cutoff_alpha", ModelJson.number(s.alpha()));
            });
            group.set("functions", ModelJson.texts(lines));
        });
        return node;
    }

    /** The cutoff function of a cutoff-based function; empty for the compact types. */
    private static Optional<CutoffShape> cutoffShape(SymmetryFunction f) {
        if (f instanceof ExpRadial r) {
            return Optional.of(r.cutoff());
        }
        if (f instanceof ExpAngular a) {
            return Optional.of(a.cutoff());
        }
        if (f instanceof ExpRadialWeighted w) {
            return Optional.of(w.cutoff());
        }
        if (f instanceof ExpAngularNarrowWeighted w) {
            return Optional.of(w.cutoff());
        }
        return Optional.empty();
    }

    private static SymmetryFunctions readAcsf(ModelNode node) {
        var elements = node.field("elements").elements();
        List<SymmetryFunction> functions = new ArrayList<>();
        for (ModelNode group : node.field("function_groups").items()) {
            Optional<ModelNode> typeNode = group.optionalField("cutoff_type");
            Optional<ModelNode> alphaNode = group.optionalField("cutoff_alpha");
            if (typeNode.isPresent() != alphaNode.isPresent()) {
                throw group.error("give both cutoff_type and cutoff_alpha, or neither (for compact functions)");
            }
            CutoffShape shape = null;
            if (typeNode.isPresent()) {
                try {
                    shape = new CutoffShape(typeNode.get().constant(CutoffType.class), alphaNode.get().real());
                } catch (IllegalArgumentException e) {
                    throw alphaNode.get().error(e.getMessage());
                }
            }
            for (ModelNode line : group.field("functions").items()) {
                try {
                    functions.add(shape != null ? SymmetryFunction.parse(line.text(), shape) : SymmetryFunction.parse(line.text()));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
        }
        try {
            return new SymmetryFunctions(elements, functions);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static ObjectNode writeSoap(SoapSettings settings) {
        ObjectNode node = ModelJson.object();
        node.put("type", SOAP);
        node.set("species", ModelJson.elements(settings.species()));
        node.set("cutoff", ModelJson.number(settings.cutoff()));
        node.set("cutoff_transition_width", ModelJson.number(settings.cutoffTransitionWidth()));
        node.set("atom_sigma", ModelJson.number(settings.atomSigma()));
        node.put("n_max", settings.nMax());
        node.put("l_max", settings.lMax());
        node.put("radial_basis", settings.radialBasis().name());
        node.set("central_weight", ModelJson.number(settings.centralWeight()));
        node.put("normalize", settings.normalize());
        return node;
    }

    private static SoapDescriptor readSoap(ModelNode node) {
        SoapSettings settings;
        try {
            settings = new SoapSettings(node.field("cutoff").real(), node.field("cutoff_transition_width").real(),
                    node.field("atom_sigma").real(), node.field("n_max").integer(), node.field("l_max").integer(),
                    node.field("radial_basis").constant(SoapRadialBasis.class), node.field("central_weight").real(),
                    node.field("species").elements(), node.field("normalize").bool());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        try {
            return new SoapDescriptor(settings);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
