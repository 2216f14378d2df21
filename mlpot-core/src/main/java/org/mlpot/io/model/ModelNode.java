package org.mlpot.io.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Element;

/**
 * A read-only view of one value in a model file body that knows where it is: its file and its path
 * from the body's root, such as {@code model.networks[1].layers[0].weights}. Every accessor checks
 * the type it expects and reports a mismatch as a {@link FormatException} naming file and path, so
 * that codecs read a body without checks of their own. Immutable.
 */
public final class ModelNode {
    private final JsonNode node;
    private final String file;
    private final String path;

    ModelNode(JsonNode node, String file, String path) {
        this.node = Objects.requireNonNull(node, "node is null");
        this.file = Objects.requireNonNull(file, "file is null");
        this.path = Objects.requireNonNull(path, "path is null");
    }

    /** The file this value was read from, as the user named it. */
    public String file() {
        return file;
    }

    /** Where the value is in the body, such as {@code model.networks[1]}. */
    public String path() {
        return path;
    }

    /**
     * The member {@code name} of this object.
     *
     * @throws FormatException when this is not an object or has no such member
     */
    public ModelNode field(String name) {
        return optionalField(name).orElseThrow(() -> error("'" + name + "' is missing"));
    }

    /**
     * The member {@code name} of this object, if present.
     *
     * @throws FormatException when this is not an object
     */
    public Optional<ModelNode> optionalField(String name) {
        Objects.requireNonNull(name, "name is null");
        requireType(node.isObject(), "an object");
        JsonNode value = node.get(name);
        return value == null ? Optional.empty() : Optional.of(new ModelNode(value, file, childPath(name)));
    }

    /** The member names of this object, in file order. */
    public List<String> fieldNames() {
        requireType(node.isObject(), "an object");
        List<String> names = new ArrayList<>();
        node.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /**
     * The elements of this array.
     *
     * @throws FormatException when this is not an array
     */
    public List<ModelNode> items() {
        requireType(node.isArray(), "an array");
        List<ModelNode> items = new ArrayList<>(node.size());
        for (int k = 0; k < node.size(); k++) {
            items.add(new ModelNode(node.get(k), file, path + "[" + k + "]"));
        }
        return items;
    }

    /** This text. */
    public String text() {
        requireType(node.isTextual(), "a text");
        return node.textValue();
    }

    /** This boolean. */
    public boolean bool() {
        requireType(node.isBoolean(), "true or false");
        return node.booleanValue();
    }

    /** This integer, which must fit into an {@code int}. */
    public int integer() {
        requireType(node.isIntegralNumber() && node.canConvertToInt(), "an integer");
        return node.intValue();
    }

    /** This integer, which must fit into a {@code long}. */
    public long longInteger() {
        requireType(node.isIntegralNumber() && node.canConvertToLong(), "an integer");
        return node.longValue();
    }

    /** This number, or NaN and ±infinity written as the texts {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    public double real() {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw error("expected a number, got " + describe());
    }

    /** This array of {@link #real() numbers} as a new array. */
    public double[] reals() {
        List<ModelNode> items = items();
        double[] values = new double[items.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = items.get(k).real();
        }
        return values;
    }

    /** This array of integers as a new array. */
    public int[] integers() {
        List<ModelNode> items = items();
        int[] values = new int[items.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = items.get(k).integer();
        }
        return values;
    }

    /** This array of texts. */
    public List<String> texts() {
        return items().stream().map(ModelNode::text).toList();
    }

    /** This chemical symbol's element. */
    public Element element() {
        String symbol = text();
        return Element.find(symbol).orElseThrow(() -> error("'" + symbol + "' is not a chemical symbol"));
    }

    /** This array of chemical symbols' elements, refusing repeats. */
    public List<Element> elements() {
        List<Element> elements = items().stream().map(ModelNode::element).toList();
        if (elements.stream().distinct().count() != elements.size()) {
            throw error("an element is listed twice in " + elements.stream().map(Element::symbol).toList());
        }
        return elements;
    }

    /** The constant of {@code type} named by this text (its Java name, such as {@code TANH}). */
    public <E extends Enum<E>> E constant(Class<E> type) {
        String name = text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw error("unknown " + type.getSimpleName() + " '" + name + "'; known are "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /**
     * A {@link FormatException} about this value: {@code file: path: message}. Codecs use it for
     * values of the right type that still do not make sense (a negative size, shapes that do not fit).
     */
    public FormatException error(String message) {
        return new FormatException(file, 0, path + ": " + message);
    }

    private void requireType(boolean ok, String expected) {
        if (!ok) {
            throw error("expected " + expected + ", got " + describe());
        }
    }

    private String describe() {
        if (node.isContainerNode()) {
            return node.isObject() ? "an object" : "an array";
        }
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
