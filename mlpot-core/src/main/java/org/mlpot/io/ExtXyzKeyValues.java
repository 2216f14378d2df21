package org.mlpot.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.mlpot.data.InfoValue;

/**
 * The {@code key=value} syntax of an extxyz comment line, read exactly as ASE 3.22's
 * {@code key_val_str_to_dict} reads it, and written so that ASE reads it back unchanged.
 *
 * <p>Reading: pairs are separated by whitespace; a value may be quoted with {@code "..."},
 * {@code '...'}, {@code {...}} or {@code [...]} (no nesting); a backslash takes the next character
 * literally; spaces around {@code =} are allowed; a key without {@code =} means {@code T}. A value is
 * then split at whitespace and commas: if every part is an integer it becomes an integer (one part)
 * or integer list, else if every part is a real a real or real list, else if every part is a boolean
 * ({@code T F True False true false TRUE FALSE}) a boolean or boolean list, else a value
 * {@code _JSON [...]} holding a flat list of numbers or booleans becomes that list (ASE writes lists
 * of booleans so), else the value stays a string. The key {@code uid} (any case) is always a string. A key repeated with the same value is
 * taken once (a plain XYZ comment may repeat a word). Unlike ASE, mlpot refuses a key repeated with
 * different values, an unterminated quote, a trailing backslash and an empty quoted value followed by more text
 * (ASE would silently merge the following text into it).
 */
final class ExtXyzKeyValues {
    private static final String JSON_PREFIX = "_JSON ";
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    private ExtXyzKeyValues() {
    }

    /**
     * The pairs of one comment line, in file order.
     *
     * @throws FormatException naming {@code file:line} for the cases listed in the class comment
     */
    static LinkedHashMap<String, InfoValue> parse(String text, String file, long line) {
        String s = text.strip();
        List<List<StringBuilder>> pairs = new ArrayList<>();
        pairs.add(newPair());
        char closing = 0;
        char opening = 0;
        boolean escaped = false;
        boolean partQuoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            List<StringBuilder> pair = pairs.get(pairs.size() - 1);
            StringBuilder part = pair.get(pair.size() - 1);
            if (escaped) {
                part.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '\'' || c == '{' || c == '[') {
                opening = c;
                closing = c == '{' ? '}' : c == '[' ? ']' : c;
                partQuoted = true;
            } else if (DecimalParser.isSpace(c)) {
                if (part.length() == 0) {
                    if (partQuoted) {
                        throw new FormatException(file, line, "empty quoted value for key '" + pair.get(0)
                                + "' followed by more text; ASE would join that text into the value. Remove the key or give it a value");
                    }
                    continue;
                }
                pairs.add(newPair());
                partQuoted = false;
            } else if (c == '=') {
                if (pair.size() == 1 && part.length() == 0 && !partQuoted) {
                    if (pairs.size() == 1) {
                        throw new FormatException(file, line, "'=' without a key at column " + (i + 1) + " of the comment line");
                    }
                    pairs.remove(pairs.size() - 1);
                    pair = pairs.get(pairs.size() - 1);
                }
                pair.add(new StringBuilder());
                partQuoted = false;
            } else {
                part.append(c);
            }
        }
        if (escaped) {
            throw new FormatException(file, line, "the comment line ends with a lone backslash; write \\\\ for a backslash");
        }
        if (closing != 0) {
            throw new FormatException(file, line, "unterminated quote: " + opening + " opened on the comment line is never closed by " + closing);
        }
        LinkedHashMap<String, InfoValue> result = new LinkedHashMap<>();
        for (List<StringBuilder> pair : pairs) {
            String key = pair.get(0).toString();
            if (pair.size() == 1 && key.isEmpty() && pairs.size() == 1) {
                break; // empty comment line
            }
            if (key.isEmpty()) {
                throw new FormatException(file, line, "a value without a key on the comment line; write key=value");
            }
            String value;
            if (pair.size() == 1) {
                value = "T";
            } else {
                StringBuilder joined = new StringBuilder(pair.get(1));
                for (int k = 2; k < pair.size(); k++) {
                    joined.append('=').append(pair.get(k));
                }
                value = joined.toString();
            }
            InfoValue interpreted = interpret(key, value);
            InfoValue earlier = result.get(key);
            if (earlier != null && !earlier.equals(interpreted)) {
                throw new FormatException(file, line, "key '" + key + "' appears twice on the comment line with different"
                        + " values; keep one");
            }
            result.put(key, interpreted);
        }
        return result;
    }

    private static List<StringBuilder> newPair() {
        List<StringBuilder> pair = new ArrayList<>(2);
        pair.add(new StringBuilder());
        return pair;
    }

    /** A value string turned into a number, list, boolean or string by ASE's rules. */
    static InfoValue interpret(String key, String value) {
        if (key.equalsIgnoreCase("uid")) {
            return new InfoValue.Text(value);
        }
        char[] chars = value.toCharArray();
        List<int[]> parts = splitParts(chars);
        long[] integers = new long[parts.size()];
        try {
            for (int k = 0; k < integers.length; k++) {
                integers[k] = DecimalParser.parseInteger(chars, parts.get(k)[0], parts.get(k)[1]);
            }
            return integers.length == 1 ? new InfoValue.Integer(integers[0]) : new InfoValue.Integers(integers);
        } catch (NumberFormatException notIntegers) {
            // fall through to reals, as ASE does
        }
        double[] reals = new double[parts.size()];
        try {
            for (int k = 0; k < reals.length; k++) {
                reals[k] = DecimalParser.parseReal(chars, parts.get(k)[0], parts.get(k)[1], DecimalParser.Syntax.PYTHON);
            }
            return reals.length == 1 ? new InfoValue.Real(reals[0]) : new InfoValue.Reals(reals);
        } catch (NumberFormatException notReals) {
            // fall through to booleans
        }
        boolean[] bools = new boolean[parts.size()];
        try {
            for (int k = 0; k < bools.length; k++) {
                bools[k] = DecimalParser.parseBool(chars, parts.get(k)[0], parts.get(k)[1]);
            }
            return bools.length == 1 ? new InfoValue.Bool(bools[0]) : new InfoValue.Bools(bools);
        } catch (NumberFormatException notBools) {
            if (value.startsWith(JSON_PREFIX)) {
                InfoValue list = jsonList(value.substring(JSON_PREFIX.length()));
                if (list != null) {
                    return list;
                }
            }
            return new InfoValue.Text(value);
        }
    }

    /**
     * A flat JSON list of numbers or of booleans ({@code [1, 2]}, {@code [0.5, 1]},
     * {@code [true, false]}), which ASE writes for lists it cannot write otherwise, as the list it
     * stands for; {@code null} for anything else, which then stays a string (ASE would decode it into
     * a Python object that mlpot has no type for).
     */
    private static InfoValue jsonList(String json) {
        String body = json.strip();
        if (body.length() < 2 || body.charAt(0) != '[' || body.charAt(body.length() - 1) != ']') {
            return null;
        }
        String inner = body.substring(1, body.length() - 1).strip();
        String[] items = inner.isEmpty() ? new String[0] : inner.split(",", -1);
        boolean allBools = items.length > 0;
        boolean allIntegers = true;
        for (int k = 0; k < items.length; k++) {
            String item = items[k].strip();
            items[k] = item;
            boolean isBool = item.equals("true") || item.equals("false");
            allBools &= isBool;
            if (isBool) {
                allIntegers = false;
            } else if (!JSON_NUMBER.matcher(item).matches()) {
                return null;
            } else if (!JSON_INTEGER.matcher(item).matches()) {
                allIntegers = false;
            }
        }
        if (allBools) {
            boolean[] v = new boolean[items.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = items[k].equals("true");
            }
            return new InfoValue.Bools(v);
        }
        for (String item : items) {
            if (item.equals("true") || item.equals("false")) {
                return null; // numpy would make numbers of mixed lists; too rare to imitate
            }
        }
        if (allIntegers && items.length > 0) {
            try {
                long[] v = new long[items.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = Long.parseLong(items[k]);
                }
                return new InfoValue.Integers(v);
            } catch (NumberFormatException outOfRange) {
                return null;
            }
        }
        double[] v = new double[items.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = Double.parseDouble(items[k]);
        }
        return new InfoValue.Reals(v);
    }

    /** Ranges {start, end} of the runs of characters that are neither whitespace nor commas. */
    private static List<int[]> splitParts(char[] chars) {
        List<int[]> parts = new ArrayList<>();
        int i = 0;
        while (i < chars.length) {
            while (i < chars.length && (DecimalParser.isSpace(chars[i]) || chars[i] == ',')) {
                i++;
            }
            int start = i;
            while (i < chars.length && !DecimalParser.isSpace(chars[i]) && chars[i] != ',') {
                i++;
            }
            if (i > start) {
                parts.add(new int[] {start, i});
            }
        }
        return parts;
    }

    /**
     * A real as Python writes it and reads it back bit for bit: {@code nan}, {@code inf},
     * {@code -inf}, otherwise {@link Double#toString(double)} (which always round-trips).
     */
    static String formatReal(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /**
     * A key or string value, quoted and escaped when it holds whitespace, quotes, brackets, braces,
     * {@code =} or backslashes.
     *
     * @throws IllegalArgumentException for an empty string or one with a line break (ASE cannot read either back)
     */
    static String quote(String text, String what) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty; ASE's extxyz reader cannot read an empty value back");
        }
        boolean needsQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " contains a line break, which an extxyz comment line cannot hold: " + text);
            }
            if (DecimalParser.isSpace(c) || "\"'{}[]=\\".indexOf(c) >= 0) {
                needsQuotes = true;
            }
        }
        if (!needsQuotes) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 4).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** An info value as it appears after {@code key=}. */
    static String format(InfoValue value, String key) {
        if (value instanceof InfoValue.Text t) {
            return quote(t.value(), "info value '" + key + "'");
        } else if (value instanceof InfoValue.Integer i) {
            return Long.toString(i.value());
        } else if (value instanceof InfoValue.Real r) {
            return formatReal(r.value());
        } else if (value instanceof InfoValue.Bool b) {
            return b.value() ? "T" : "F";
        }
        StringBuilder sb = new StringBuilder().append('"');
        int count;
        if (value instanceof InfoValue.Integers list) {
            count = list.values().length;
            for (long v : list.values()) {
                sb.append(v).append(' ');
            }
        } else if (value instanceof InfoValue.Reals list) {
            count = list.values().length;
            for (double v : list.values()) {
                sb.append(formatReal(v)).append(' ');
            }
        } else if (value instanceof InfoValue.Bools list) {
            count = list.values().length;
            for (boolean v : list.values()) {
                sb.append(v ? 'T' : 'F').append(' ');
            }
        } else {
            throw new IllegalArgumentException("unknown info value type " + value.getClass().getName());
        }
        if (count == 0) {
            throw new IllegalArgumentException("info value '" + key + "' is an empty list; ASE's extxyz reader cannot read an empty value back");
        }
        sb.setLength(sb.length() - 1);
        return sb.append('"').toString();
    }
}
