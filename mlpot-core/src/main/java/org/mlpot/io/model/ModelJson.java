package org.mlpot.io.model;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpot.structure.Element;

/**
 * Builds the JSON of a model file body and prints it in the model file's layout: two-space
 * indentation, one object member per line, arrays of numbers on one line (a weight matrix is one
 * line per neuron), arrays of short texts on one line and of long ones one per line. Doubles are
 * printed with {@link Double#toString(double)}, which reads back to the same double bit for bit;
 * NaN and the infinities, which JSON lacks, become the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"} ({@link ModelNode#real()} reads them back).
 */
public final class ModelJson {
    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;
    /** Arrays of texts longer than this (characters, printed) go one element per line. */
    private static final int INLINE_TEXT_WIDTH = 100;

    private ModelJson() {
    }

    /** A new, empty object node. */
    public static ObjectNode object() {
        return FACTORY.objectNode();
    }

    /** A new, empty array node. */
    public static ArrayNode array() {
        return FACTORY.arrayNode();
    }

    /** A number node for a finite {@code value}, else the text {@code NaN}, {@code Infinity} or {@code -Infinity}. */
    public static JsonNode number(double value) {
        if (Double.isFinite(value)) {
            return FACTORY.numberNode(value);
        }
        return FACTORY.textNode(Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    /**
     * An array of {@link #number numbers}.
     *
     * @param values not modified
     */
    public static ArrayNode numbers(double[] values) {
        Objects.requireNonNull(values, "values is null");
        ArrayNode array = array();
        for (double v : values) {
            array.add(number(v));
        }
        return array;
    }

    /**
     * An array of integers.
     *
     * @param values not modified
     */
    public static ArrayNode integers(int[] values) {
        Objects.requireNonNull(values, "values is null");
        ArrayNode array = array();
        for (int v : values) {
            array.add(v);
        }
        return array;
    }

    /** An array of texts. */
    public static ArrayNode texts(List<String> values) {
        ArrayNode array = array();
        for (String v : Objects.requireNonNull(values, "values is null")) {
            array.add(Objects.requireNonNull(v, "a text is null"));
        }
        return array;
    }

    /** An array of chemical symbols. */
    public static ArrayNode elements(List<Element> elements) {
        return texts(Objects.requireNonNull(elements, "elements is null").stream().map(Element::symbol).toList());
    }

    /** {@code node} in the model file's layout, ending with a line break. */
    static String print(JsonNode node) {
        StringBuilder out = new StringBuilder();
        print(Objects.requireNonNull(node, "node is null"), "", out);
        return out.append('\n').toString();
    }

    private static void print(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(inner);
                quote(field.getKey(), out);
                out.append(": ");
                print(field.getValue(), inner, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray()) {
            printArray(node, indent, out);
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node.isDouble() || node.isFloat()) {
            double v = node.doubleValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a JSON number must be finite, got " + v + ": use ModelJson.number");
            }
            out.append(Double.toString(v));
        } else if (node.isIntegralNumber() || node.isBoolean() || node.isNull()) {
            out.append(node.asText());
        } else {
            throw new IllegalArgumentException("cannot print a " + node.getNodeType() + " node in a model file");
        }
    }

    private static void printArray(JsonNode array, String indent, StringBuilder out) {
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = true;
        boolean texts = false;
        for (JsonNode element : array) {
            scalars &= element.isValueNode();
            texts |= element.isTextual();
        }
        if (scalars) {
            int start = out.length();
            out.append('[');
            for (int k = 0; k < array.size(); k++) {
                out.append(k == 0 ? "" : ", ");
                print(array.get(k), indent, out);
            }
            out.append(']');
            if (!texts || out.length() - start <= INLINE_TEXT_WIDTH) {
                return;
            }
            out.setLength(start);
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int k = 0; k < array.size(); k++) {
            out.append(inner);
            print(array.get(k), inner, out);
            out.append(k + 1 < array.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
