package org.mlpot.dsl.check;

import java.util.List;
import java.util.Objects;
import org.mlpot.dsl.ast.AstPrinter;

/**
 * Writes canonical {@code .mlpot} text: two-space indentation, one statement per line, numbers as the
 * shortest decimal that reads back to the same double.
 */
public final class SpecWriter {
    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** Opens a block <code>key [label] {</code>. */
    public SpecWriter open(String key, String label) {
        indent().append(key);
        if (label != null) {
            text.append(' ').append(label);
        }
        text.append(" {\n");
        depth++;
        return this;
    }

    /** Closes the innermost block. */
    public SpecWriter close() {
        depth--;
        indent().append("}\n");
        return this;
    }

    /** Writes {@code key value}; the value is already canonical text. */
    public SpecWriter setting(String key, String value) {
        indent().append(key).append(' ').append(Objects.requireNonNull(value, "value is null")).append('\n');
        return this;
    }

    /** A number, shortest round-tripping form. */
    public static String number(double x) {
        return Double.toString(x);
    }

    /** A number with a unit. */
    public static String quantity(double x, String unit) {
        return number(x) + " " + unit;
    }

    /** An integer. */
    public static String integer(long n) {
        return Long.toString(n);
    }

    /** A quoted string with escapes. */
    public static String string(String s) {
        return AstPrinter.quote(s);
    }

    /** Items joined by {@code ", "}. */
    public static String list(List<String> items) {
        return String.join(", ", items);
    }

    /** The text written so far. */
    public String text() {
        return text.toString();
    }

    private StringBuilder indent() {
        return text.append("  ".repeat(depth));
    }
}
