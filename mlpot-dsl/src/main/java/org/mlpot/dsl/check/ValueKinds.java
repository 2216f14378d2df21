package org.mlpot.dsl.check;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.mlpot.dsl.ast.BoolNode;
import org.mlpot.dsl.ast.CallNode;
import org.mlpot.dsl.ast.ListNode;
import org.mlpot.dsl.ast.NameNode;
import org.mlpot.dsl.ast.NumberNode;
import org.mlpot.dsl.ast.PercentNode;
import org.mlpot.dsl.ast.SourceSpan;
import org.mlpot.dsl.ast.StringNode;
import org.mlpot.dsl.ast.UnitText;
import org.mlpot.dsl.ast.ValueNode;
import org.mlpot.structure.Element;
import org.mlpot.units.Dimension;
import org.mlpot.units.Quantity;
import org.mlpot.units.Unit;
import org.mlpot.units.UnitException;
import org.mlpot.units.UnitParser;

/** The schema vocabulary: the kinds of value a setting may take. */
public final class ValueKinds {

    private ValueKinds() {
    }

    /**
     * A physical quantity, read in mlpot's units (eV, Å, fs, K).
     *
     * @param dimension what it measures
     * @param defaultUnit the unit of a bare number
     * @param range the accepted values, in mlpot's units
     */
    public static ValueKind<Double> quantity(Dimension dimension, Unit defaultUnit, Range range) {
        return new QuantityKind(dimension, defaultUnit, range);
    }

    /** An integer in {@code range}. */
    public static ValueKind<Integer> integer(Range range) {
        return new IntegerKind(range);
    }

    /** A plain (dimensionless) number in {@code range}. */
    public static ValueKind<Double> real(Range range) {
        return new RealKind(range);
    }

    /** A fraction: a percentage ({@code 10%}) or a plain number, in {@code [0, 1)}. */
    public static ValueKind<Double> fraction() {
        return new FractionKind(Range.fromBelow(0, 1), "at least 0% and below 100%");
    }

    /** A share of something that must not be empty: a percentage or a plain number in (0, 1] ({@code 2%} or {@code 0.02}). */
    public static ValueKind<Double> positiveShare() {
        return new FractionKind(new Range(0, false, 1, true), "above 0% and at most 100%");
    }

    /** {@code true} or {@code false}. */
    public static ValueKind<Boolean> bool() {
        return new BoolKind();
    }

    /** A string. */
    public static ValueKind<String> string() {
        return new StringKind();
    }

    /** A string naming a file that must exist, resolved against the folder of the file it is written in (absolute, normalised). */
    public static ValueKind<Path> file() {
        return new FileKind();
    }

    /** A name from a fixed set; the map goes from names (in the order messages list them) to values. */
    public static <T> ValueKind<T> choice(String what, Map<String, T> choices) {
        return new ChoiceKind<>(what, new LinkedHashMap<>(choices));
    }

    /** A chemical element symbol that the model's {@code elements} declares. */
    public static ValueKind<Element> element() {
        return new ElementKind(true);
    }

    /** A chemical element symbol (declared or not). */
    public static ValueKind<Element> symbol() {
        return new ElementKind(false);
    }

    /**
     * A list of {@code minLength} to {@code maxLength} items (a single item is a list of one). A unit
     * after the last item of a comma list, or after {@code ]}, applies to the items without one.
     */
    public static <T> ValueKind<List<T>> list(ValueKind<T> item, int minLength, int maxLength) {
        return new ListKind<>(item, minLength, maxLength);
    }

    /** One form of a {@link #call}: its argument kinds and how the read arguments become a value. */
    public record CallForm<T>(List<ValueKind<?>> arguments, Function<List<Object>, T> build) {
        /** Copies the argument list. */
        public CallForm {
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(build, "build is null");
        }

        /** A form with these argument kinds. */
        public static <T> CallForm<T> of(Function<List<Object>, T> build, ValueKind<?>... arguments) {
            return new CallForm<>(Arrays.asList(arguments), build);
        }
    }

    /**
     * A call such as {@code imbalzano(shifted, 10)} or {@code exponential(0.98)}; a form without
     * arguments may also be written as a bare name ({@code constant}). A form's builder may throw
     * {@link IllegalArgumentException}, which is reported at the call.
     */
    public static <T> ValueKind<T> call(String what, Map<String, CallForm<T>> forms) {
        return new CallKind<>(what, new LinkedHashMap<>(forms));
    }

    /** How a value is described in "got ..." messages. */
    static String describe(ValueNode value) {
        if (value instanceof NumberNode n) {
            return n.text() + n.unit().map(u -> " " + u.text()).orElse("");
        } else if (value instanceof PercentNode p) {
            return p.text();
        } else if (value instanceof StringNode s) {
            return "the string \"" + s.value() + "\"";
        } else if (value instanceof BoolNode b) {
            return Boolean.toString(b.value());
        } else if (value instanceof NameNode n) {
            return "the name '" + n.name() + "'";
        } else if (value instanceof ListNode l) {
            return "a list of " + l.items().size() + " values";
        }
        return "a call " + ((CallNode) value).name().name() + "(...)";
    }

    private static <T> Optional<T> wrongKind(String setting, String expected, ValueNode value, CheckContext context) {
        context.report(CheckMessages.WRONG_KIND.at(value.span(), setting, expected, describe(value)));
        return Optional.empty();
    }

    private static boolean inRange(String setting, Range range, double x, String written, SourceSpan span,
            CheckContext context) {
        if (range.contains(x)) {
            return true;
        }
        context.report(CheckMessages.OUT_OF_RANGE.at(span, setting, range.describe(), written));
        return false;
    }

    private record QuantityKind(Dimension dimension, Unit defaultUnit, Range range) implements ValueKind<Double> {
        @Override
        public String expected() {
            return dimension.isDimensionless() ? "a number" : dimension.description();
        }

        @Override
        public Optional<Double> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            if (!(value instanceof NumberNode number)) {
                return wrongKind(setting, expected(), value, context);
            }
            Optional<UnitText> written = number.unit().or(() -> listUnit);
            Unit unit = defaultUnit;
            if (written.isPresent()) {
                UnitText text = written.get();
                try {
                    unit = UnitParser.parse(text.text());
                } catch (UnitException e) {
                    SourceSpan s = text.span();
                    int start = s.column() + text.text().codePointCount(0, e.start());
                    int end = s.column() + text.text().codePointCount(0, Math.max(e.end(), e.start() + 1)
                            > text.text().length() ? text.text().length() : Math.max(e.end(), e.start() + 1));
                    SourceSpan at = s.line() == s.endLine() && end > start
                            ? new SourceSpan(s.file(), s.line(), start, s.line(), end) : s;
                    context.report(CheckMessages.BAD_UNIT.at(at, e.getMessage()));
                    return Optional.empty();
                }
            }
            Quantity quantity = new Quantity(number.value(), unit);
            double internal;
            try {
                internal = quantity.in(dimension);
            } catch (IllegalArgumentException e) {
                context.report(CheckMessages.UNIT_MISMATCH.at(value.span(), setting, e.getMessage()));
                return Optional.empty();
            }
            String shown = written.isPresent() ? quantity.toString() : number.text();
            if (!range.contains(internal)) {
                String unitText = defaultUnit.equals(Unit.ONE) ? "" : " " + defaultUnit.text();
                context.report(CheckMessages.OUT_OF_RANGE.at(value.span(), setting,
                        rangeIn(defaultUnit) + unitText, shown));
                return Optional.empty();
            }
            return Optional.of(internal);
        }

        private String rangeIn(Unit unit) {
            return new Range(unit.fromInternal(range.min()), range.minInclusive(), unit.fromInternal(range.max()),
                    range.maxInclusive()).describe();
        }
    }

    private record IntegerKind(Range range) implements ValueKind<Integer> {
        @Override
        public String expected() {
            return "an integer";
        }

        @Override
        public Optional<Integer> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            if (!(value instanceof NumberNode number) || number.unit().isPresent() || number.value() != Math.rint(number.value())
                    || Math.abs(number.value()) > Integer.MAX_VALUE) {
                return wrongKind(setting, expected(), value, context);
            }
            if (!inRange(setting, range, number.value(), number.text(), value.span(), context)) {
                return Optional.empty();
            }
            return Optional.of((int) number.value());
        }
    }

    private record RealKind(Range range) implements ValueKind<Double> {
        @Override
        public String expected() {
            return "a plain number";
        }

        @Override
        public Optional<Double> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            if (!(value instanceof NumberNode number) || number.unit().isPresent()) {
                return wrongKind(setting, expected(), value, context);
            }
            if (!inRange(setting, range, number.value(), number.text(), value.span(), context)) {
                return Optional.empty();
            }
            return Optional.of(number.value());
        }
    }

    private record FractionKind(Range range, String allowed) implements ValueKind<Double> {
        @Override
        public String expected() {
            return "a percentage or a fraction";
        }

        @Override
        public Optional<Double> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            double fraction;
            String written;
            if (value instanceof PercentNode percent) {
                fraction = percent.fraction();
                written = percent.text();
            } else if (value instanceof NumberNode number && number.unit().isEmpty()) {
                fraction = number.value();
                written = number.text();
            } else {
                return wrongKind(setting, expected(), value, context);
            }
            if (!range.contains(fraction)) {
                context.report(CheckMessages.OUT_OF_RANGE.at(value.span(), setting, allowed, written));
                return Optional.empty();
            }
            return Optional.of(fraction);
        }
    }

    private record BoolKind() implements ValueKind<Boolean> {
        @Override
        public String expected() {
            return "true or false";
        }

        @Override
        public Optional<Boolean> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            return value instanceof BoolNode b ? Optional.of(b.value()) : wrongKind(setting, expected(), value, context);
        }
    }

    private record StringKind() implements ValueKind<String> {
        @Override
        public String expected() {
            return "a string in double quotes";
        }

        @Override
        public Optional<String> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            return value instanceof StringNode s ? Optional.of(s.value()) : wrongKind(setting, expected(), value, context);
        }
    }

    private record FileKind() implements ValueKind<Path> {
        @Override
        public String expected() {
            return "a file name in double quotes";
        }

        @Override
        public Optional<Path> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            if (!(value instanceof StringNode s)) {
                return wrongKind(setting, expected(), value, context);
            }
            Path resolved;
            try {
                resolved = context.resolve(s.value(), s.span());
            } catch (InvalidPathException e) {
                context.report(CheckMessages.MISSING_FILE.at(value.span(), s.value(), "an invalid path: " + e.getReason()));
                return Optional.empty();
            }
            if (!Files.isRegularFile(resolved)) {
                context.report(CheckMessages.MISSING_FILE.at(value.span(), s.value(), resolved));
                return Optional.empty();
            }
            return Optional.of(resolved);
        }
    }

    private record ChoiceKind<T>(String what, Map<String, T> choices) implements ValueKind<T> {
        @Override
        public String expected() {
            return "one of: " + String.join(", ", choices.keySet());
        }

        @Override
        public Optional<T> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            String name;
            if (value instanceof NameNode n) {
                name = n.name();
            } else if (value instanceof NumberNode n && n.unit().isEmpty()) {
                name = n.text();
            } else {
                return wrongKind(setting, expected(), value, context);
            }
            T chosen = choices.get(name);
            if (chosen == null) {
                context.report(CheckMessages.UNKNOWN_CHOICE.at(value.span(), what, name,
                        String.join(", ", choices.keySet()), Suggestions.hint(name, choices.keySet())));
                return Optional.empty();
            }
            return Optional.of(chosen);
        }
    }

    private record ElementKind(boolean declared) implements ValueKind<Element> {
        @Override
        public String expected() {
            return "an element symbol";
        }

        @Override
        public Optional<Element> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            if (!(value instanceof NameNode name)) {
                return wrongKind(setting, expected(), value, context);
            }
            return element(name.name(), name.span(), declared, context);
        }
    }

    /** Reads an element symbol, checking that it is declared when {@code declared}. */
    static Optional<Element> element(String symbol, SourceSpan span, boolean declared, CheckContext context) {
        Optional<Element> element = Element.find(symbol);
        if (element.isEmpty()) {
            List<String> symbols = new ArrayList<>();
            for (Element e : Element.values()) {
                symbols.add(e.symbol());
            }
            List<String> close = Suggestions.closest(symbol, symbols);
            String hint = close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
            context.report(CheckMessages.NOT_AN_ELEMENT.at(span, symbol, hint));
            return Optional.empty();
        }
        if (declared && !context.elements().map(list -> list.contains(element.get())).orElse(false)) {
            String known = context.elements().map(list -> {
                List<String> names = new ArrayList<>();
                list.forEach(e -> names.add(e.symbol()));
                return String.join(", ", names);
            }).orElse("none yet");
            context.report(CheckMessages.UNDECLARED_ELEMENT.at(span, symbol, known));
            return Optional.empty();
        }
        return element;
    }

    private record ListKind<T>(ValueKind<T> item, int minLength, int maxLength) implements ValueKind<List<T>> {
        @Override
        public String expected() {
            return "one or more values, each " + item.expected();
        }

        @Override
        public Optional<List<T>> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            List<ValueNode> items;
            Optional<UnitText> unit = listUnit;
            if (value instanceof ListNode list) {
                items = list.items();
                if (list.bracketed()) {
                    unit = list.unit().or(() -> listUnit);
                } else if (!items.isEmpty() && items.get(items.size() - 1) instanceof NumberNode last
                        && last.unit().isPresent()) {
                    unit = last.unit();
                }
            } else {
                items = List.of(value);
            }
            if (items.size() < minLength || items.size() > maxLength) {
                String allowed = minLength == maxLength ? minLength + " value(s)"
                        : maxLength == Integer.MAX_VALUE ? "at least " + minLength + " value(s)"
                        : minLength + " to " + maxLength + " values";
                context.report(CheckMessages.LIST_LENGTH.at(value.span(), setting, allowed, items.size()));
                return Optional.empty();
            }
            List<T> read = new ArrayList<>();
            boolean ok = true;
            for (ValueNode node : items) {
                Optional<T> one = item.read(setting, node, unit, context);
                if (one.isPresent()) {
                    read.add(one.get());
                } else {
                    ok = false;
                }
            }
            return ok ? Optional.of(List.copyOf(read)) : Optional.empty();
        }
    }

    private record CallKind<T>(String what, Map<String, CallForm<T>> forms) implements ValueKind<T> {
        @Override
        public String expected() {
            List<String> shapes = new ArrayList<>();
            forms.forEach((name, form) -> shapes.add(form.arguments().isEmpty() ? name : name + "(...)"));
            return "one of: " + String.join(", ", shapes);
        }

        @Override
        public Optional<T> read(String setting, ValueNode value, Optional<UnitText> listUnit, CheckContext context) {
            String name;
            List<ValueNode> args;
            SourceSpan nameSpan;
            if (value instanceof CallNode call) {
                name = call.name().name();
                args = call.args();
                nameSpan = call.name().span();
            } else if (value instanceof NameNode bare) {
                name = bare.name();
                args = List.of();
                nameSpan = bare.span();
            } else {
                return wrongKind(setting, expected(), value, context);
            }
            CallForm<T> form = forms.get(name);
            if (form == null) {
                context.report(CheckMessages.UNKNOWN_CHOICE.at(nameSpan, what, name, String.join(", ", forms.keySet()),
                        Suggestions.hint(name, forms.keySet())));
                return Optional.empty();
            }
            if (args.size() != form.arguments().size()) {
                List<String> kinds = new ArrayList<>();
                form.arguments().forEach(k -> kinds.add(k.expected()));
                String wanted = kinds.isEmpty() ? "no arguments" : form.arguments().size() + " argument(s) (" + String.join("; ", kinds) + ")";
                context.report(CheckMessages.CALL_ARGUMENTS.at(value.span(), name, wanted, args.size()));
                return Optional.empty();
            }
            List<Object> read = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < args.size(); i++) {
                Optional<?> one = form.arguments().get(i).read(name + " argument " + (i + 1), args.get(i), Optional.empty(), context);
                if (one.isPresent()) {
                    read.add(one.get());
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            try {
                return Optional.of(form.build().apply(read));
            } catch (IllegalArgumentException e) {
                context.report(CheckMessages.INVALID.at(value.span(), setting, e.getMessage()));
                return Optional.empty();
            }
        }
    }
}
