package org.mlpot.dsl.ast;

import java.util.List;

/**
 * Prints a spec in canonical source form: one statement per line, two-space indentation, single
 * spaces, numbers and units as written, strings re-escaped. The root's include lines are printed
 * as comments because their statements are already part of the model, so the output parses on
 * its own to the same model (apart from spans).
 */
public final class AstPrinter {

    private static final String INDENT = "  ";

    private AstPrinter() {
    }

    /** The canonical text of a whole spec, ending with a newline. */
    public static String print(SpecFileNode spec) {
        StringBuilder out = new StringBuilder();
        for (IncludeNode include : spec.includes()) {
            out.append("# include ").append(quote(include.path())).append('\n');
        }
        return out.append(print(spec.model())).toString();
    }

    /** The canonical text of a model, ending with a newline. */
    public static String print(ModelNode model) {
        StringBuilder out = new StringBuilder();
        out.append("model ").append(model.name().name()).append(" {\n");
        appendStatements(out, model.statements(), 1);
        out.append("}\n");
        return out.toString();
    }

    /** The canonical text of one value ({@code [1, 2] Å}, {@code imbalzano(shifted, 10)}). */
    public static String print(ValueNode value) {
        StringBuilder out = new StringBuilder();
        appendValue(out, value);
        return out.toString();
    }

    /** A string literal with quotes, escaping {@code "} and {@code \}. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static void appendStatements(StringBuilder out, List<StatementNode> statements, int depth) {
        for (StatementNode statement : statements) {
            out.append(INDENT.repeat(depth)).append(statement.key().name());
            if (statement instanceof BlockNode block) {
                block.label().ifPresent(label -> out.append(' ').append(label.name()));
                out.append(" {\n");
                appendStatements(out, block.statements(), depth + 1);
                out.append(INDENT.repeat(depth)).append("}\n");
            } else if (statement instanceof SettingNode setting) {
                out.append(' ');
                appendValue(out, setting.value());
                out.append('\n');
            }
        }
    }

    private static void appendValue(StringBuilder out, ValueNode value) {
        if (value instanceof NumberNode number) {
            out.append(number.text());
            number.unit().ifPresent(unit -> out.append(' ').append(unit.text()));
        } else if (value instanceof PercentNode percent) {
            out.append(percent.text());
        } else if (value instanceof StringNode string) {
            out.append(quote(string.value()));
        } else if (value instanceof BoolNode bool) {
            out.append(bool.value());
        } else if (value instanceof NameNode name) {
            out.append(name.name());
        } else if (value instanceof ListNode list) {
            if (list.bracketed()) {
                out.append('[');
                appendItems(out, list.items());
                out.append(']');
                list.unit().ifPresent(unit -> out.append(' ').append(unit.text()));
            } else {
                appendItems(out, list.items());
            }
        } else if (value instanceof CallNode call) {
            out.append(call.name().name()).append('(');
            appendItems(out, call.args());
            out.append(')');
        }
    }

    private static void appendItems(StringBuilder out, List<ValueNode> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendValue(out, items.get(i));
        }
    }
}
