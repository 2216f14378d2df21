package org.mlpot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalDouble;

/** The one JSON object a command prints with {@code --json}: building it and printing it on one line. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new, empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts {@code value} under {@code key}, or null when it is absent or not finite (JSON has no NaN). */
    static void put(ObjectNode node, String key, OptionalDouble value) {
        put(node, key, value.isPresent() ? value.getAsDouble() : Double.NaN);
    }

    /** Puts {@code value} under {@code key}, or null when it is NaN or infinite (JSON has neither). */
    static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    /** Puts the path as a string under {@code key}. */
    static void put(ObjectNode node, String key, Path path) {
        node.put(key, path.toString());
    }

    /** Puts the paths as an array of strings under {@code key}. */
    static void putPaths(ObjectNode node, String key, Collection<Path> paths) {
        ArrayNode array = node.putArray(key);
        for (Path p : paths) {
            array.add(p.toString());
        }
    }

    /** {@code node} on one line. */
    static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Prints {@code node} on one line of {@code out} and flushes. */
    static void print(PrintWriter out, ObjectNode node) {
        out.println(text(node));
        out.flush();
    }
}
