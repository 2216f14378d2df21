package org.mlpot.descriptor.acsf;

import java.util.ArrayList;
import java.util.List;
import org.mlpot.structure.Element;

/**
 * The whitespace-separated fields of one n2p2 settings line, without its {@code #} comment, with
 * strict readers for numbers and elements. Errors are {@link IllegalArgumentException}s whose
 * message names the field; file readers add file and line.
 */
final class SettingsFields {
    private final List<String> fields;

    private SettingsFields(List<String> fields) {
        this.fields = fields;
    }

    /** Splits a line at spaces and tabs, dropping everything from the first {@code #}. */
    static SettingsFields of(String line) {
        int hash = line.indexOf('#');
        String text = hash >= 0 ? line.substring(0, hash) : line;
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(text.substring(start, i));
            }
        }
        return new SettingsFields(fields);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    int size() {
        return fields.size();
    }

    String text(int k) {
        return fields.get(k);
    }

    /** Field {@code k} as an element symbol. */
    Element element(int k, String what) {
        String s = fields.get(k);
        return Element.find(s).orElseThrow(() -> new IllegalArgumentException(
                what + ": '" + s + "' is not an element symbol (symbols are case-sensitive, as in Cu)"));
    }

    /** Field {@code k} as a finite decimal number (digits, sign, point and exponent only). */
    double real(int k, String what) {
        String s = fields.get(k);
        return parseReal(s, what);
    }

    /** Field {@code k} as an integer. */
    int integer(int k, String what) {
        String s = fields.get(k);
        boolean ok = !s.isEmpty();
        for (int i = 0; i < s.length() && ok; i++) {
            char c = s.charAt(i);
            ok = c >= '0' && c <= '9' || i == 0 && (c == '-' || c == '+') && s.length() > 1;
        }
        if (!ok || s.length() > 9) {
            throw new IllegalArgumentException(what + ": '" + s + "' is not an integer");
        }
        return Integer.parseInt(s);
    }

    static double parseReal(String s, String what) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                digit = false;
                break;
            }
        }
        if (digit) {
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(what + ": '" + s + "' is not a finite number");
    }
}
