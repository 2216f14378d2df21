package org.mlpot.io;

/**
 * Parses numbers and booleans from a range of characters without allocating, with the syntax that
 * Python's {@code float()}, {@code int()} and ASE's extxyz booleans accept (so that mlpot reads a
 * file exactly as ASE does). Failures throw {@link NumberFormatException}; callers turn that into a
 * {@link FormatException} naming file, line and column.
 *
 * <p>Reals: optional sign, digits with an optional decimal point, optional exponent
 * ({@code e}/{@code E}), or {@code nan}, {@code inf}, {@code infinity} in any case. Java-only forms
 * ({@code 1.0d}, hexadecimal, {@code NaN} with a trailing type suffix) are refused. The result is the
 * correctly rounded double: values with at most 15–16 significant digits and a small exponent take an
 * exact fast path (one IEEE multiplication or division of two exact values), everything else goes to
 * {@link Double#parseDouble}.
 */
final class DecimalParser {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final long MANTISSA_LIMIT = 100_000_000_000_000_000L; // 1e17, keeps mantissa * 10 + 9 in a long

    private DecimalParser() {
    }

    /** Whether {@code c} separates tokens, as Python's {@code str.isspace()} says. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || (c >= 0x1680 && Character.isSpaceChar(c));
    }

    /** The real number in {@code chars[start, end)}. */
    static double parseReal(char[] chars, int start, int end) {
        int i = start;
        if (i >= end) {
            throw new NumberFormatException("empty");
        }
        boolean negative = false;
        char c = chars[i];
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean exact = true;
        while (i < end && (c = chars[i]) >= '0' && c <= '9') {
            anyDigit = true;
            if (mantissa < MANTISSA_LIMIT) {
                mantissa = mantissa * 10 + (c - '0');
            } else {
                exact = false;
            }
            i++;
        }
        if (i < end && chars[i] == '.') {
            i++;
            while (i < end && (c = chars[i]) >= '0' && c <= '9') {
                anyDigit = true;
                if (mantissa < MANTISSA_LIMIT) {
                    mantissa = mantissa * 10 + (c - '0');
                    exponent--;
                } else {
                    exact = false;
                }
                i++;
            }
        }
        if (!anyDigit) {
            return parseSpecial(chars, i, end, negative);
        }
        if (i < end && (chars[i] == 'e' || chars[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < end && (chars[i] == '+' || chars[i] == '-')) {
                negativeExponent = chars[i] == '-';
                i++;
            }
            int e = 0;
            boolean anyExponentDigit = false;
            while (i < end && (c = chars[i]) >= '0' && c <= '9') {
                anyExponentDigit = true;
                if (e < 100_000) {
                    e = e * 10 + (c - '0');
                }
                i++;
            }
            if (!anyExponentDigit) {
                throw new NumberFormatException("exponent without digits");
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != end) {
            throw new NumberFormatException("unexpected character");
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (exact && mantissa <= MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
            double v = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
            return negative ? -v : v;
        }
        // the syntax is checked above and is a subset of what Double.parseDouble accepts
        return Double.parseDouble(new String(chars, start, end - start));
    }

    private static double parseSpecial(char[] chars, int start, int end, boolean negative) {
        if (matchesIgnoreCase(chars, start, end, "nan")) {
            return Double.NaN;
        }
        if (matchesIgnoreCase(chars, start, end, "inf") || matchesIgnoreCase(chars, start, end, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("not a number");
    }

    private static boolean matchesIgnoreCase(char[] chars, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(chars[start + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The integer in {@code chars[start, end)}: optional sign and decimal digits, within a long. */
    static long parseInteger(char[] chars, int start, int end) {
        int i = start;
        if (i >= end) {
            throw new NumberFormatException("empty");
        }
        boolean negative = false;
        if (chars[i] == '+' || chars[i] == '-') {
            negative = chars[i] == '-';
            i++;
        }
        if (i >= end) {
            throw new NumberFormatException("sign without digits");
        }
        long value = 0; // accumulated negatively so that Long.MIN_VALUE fits
        for (; i < end; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not an integer");
            }
            int digit = c - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new NumberFormatException("integer out of range");
            }
            value = value * 10 - digit;
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new NumberFormatException("integer out of range");
        }
        return negative ? value : -value;
    }

    /**
     * The boolean in {@code chars[start, end)}: {@code T}, {@code True}, {@code true}, {@code TRUE}
     * or {@code F}, {@code False}, {@code false}, {@code FALSE}.
     */
    static boolean parseBool(char[] chars, int start, int end) {
        int n = end - start;
        if (n == 1) {
            if (chars[start] == 'T') {
                return true;
            }
            if (chars[start] == 'F') {
                return false;
            }
        } else if (n == 4 && matchesBoolWord(chars, start, "TRUE")) {
            return true;
        } else if (n == 5 && matchesBoolWord(chars, start, "FALSE")) {
            return false;
        }
        throw new NumberFormatException("not a boolean");
    }

    /** The word as {@code True}, {@code true} or {@code TRUE} (not mixed case otherwise). */
    private static boolean matchesBoolWord(char[] chars, int start, String upper) {
        boolean allUpper = true;
        boolean restLower = true;
        for (int k = 0; k < upper.length(); k++) {
            char c = chars[start + k];
            char u = upper.charAt(k);
            char l = Character.toLowerCase(u);
            if (c != u && c != l) {
                return false;
            }
            allUpper &= c == u;
            if (k > 0) {
                restLower &= c == l;
            }
        }
        return allUpper || restLower;
    }
}
