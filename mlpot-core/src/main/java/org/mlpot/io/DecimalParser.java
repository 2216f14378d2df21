package org.mlpot.io;

/**
 * The one number parser of the readers: parses numbers and booleans from a range of characters
 * without allocating. Failures throw {@link NumberFormatException}; callers turn that into a
 * {@link FormatException} naming file, line and column.
 *
 * <p>Reals, in every {@link Syntax}: optional sign, ASCII digits with an optional decimal point,
 * optional exponent ({@code e}/{@code E}, optional sign, digits), or {@code nan}, {@code inf},
 * {@code infinity} in any ASCII case after an optional sign. Java-only forms ({@code 1.0d},
 * {@code 1f}), Fortran's {@code 1.0d0}, hexadecimal floats, C's {@code nan(...)} and anything with
 * trailing characters are refused. {@link Syntax#PYTHON} also accepts Python's extras. The result is
 * the correctly rounded double: values with at most 15–16 significant digits and a small exponent
 * take an exact fast path (one IEEE multiplication or division of two exact values), everything else
 * goes to {@link Double#parseDouble}.
 */
final class DecimalParser {
    /** Which spellings of a real number a reader accepts beyond the plain ASCII form above. */
    enum Syntax {
        /**
         * Python's {@code float()} and {@code int()}, which ASE's extxyz reader uses: also {@code _}
         * between two digits (PEP 515: {@code 1_000.5}, {@code 1e1_0}) and any Unicode decimal digit
         * (Unicode category Nd, for example full-width {@code １２}).
         */
        PYTHON,
        /**
         * Plain ASCII decimals only: what C's {@code strtod} reads up to the end of the field, which
         * the n2p2 reader uses. n2p2 reads with {@code atof}, which stops at the first character it
         * cannot use and silently returns what came before (or 0): {@code 1_0} would be 1 and
         * {@code １２} would be 0, so these are refused. {@code strtod}'s hexadecimal floats and
         * {@code nan(...)} payloads are refused too: no n2p2 tool writes them.
         */
        PLAIN
    }

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

    /** The real number in {@code chars[start, end)} (not modified), spelled as {@code syntax} allows. */
    static double parseReal(char[] chars, int start, int end, Syntax syntax) {
        try {
            return parsePlainReal(chars, start, end);
        } catch (NumberFormatException refused) {
            if (syntax == Syntax.PYTHON && hasPythonExtras(chars, start, end)) {
                char[] plain = toPlain(chars, start, end);
                return parsePlainReal(plain, 0, plain.length);
            }
            throw refused;
        }
    }

    private static double parsePlainReal(char[] chars, int start, int end) {
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
        int afterSign = i;
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
            return parseSpecial(chars, afterSign, end, negative);
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
        if (matchesIgnoreAsciiCase(chars, start, end, "nan")) {
            return Double.NaN;
        }
        if (matchesIgnoreAsciiCase(chars, start, end, "inf") || matchesIgnoreAsciiCase(chars, start, end, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("not a number");
    }

    /** Case folding of ASCII letters only, as C and Python do: no Turkish {@code İ} for {@code i}. */
    private static boolean matchesIgnoreAsciiCase(char[] chars, int start, int end, String lowerWord) {
        if (end - start != lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = chars[start + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The integer in {@code chars[start, end)} (not modified) as Python's {@code int()} reads it:
     * optional sign and decimal digits, with Python's extras (see {@link Syntax#PYTHON}), within a
     * long.
     */
    static long parseInteger(char[] chars, int start, int end) {
        try {
            return parsePlainInteger(chars, start, end);
        } catch (NumberFormatException refused) {
            if (hasPythonExtras(chars, start, end)) {
                char[] plain = toPlain(chars, start, end);
                return parsePlainInteger(plain, 0, plain.length);
            }
            throw refused;
        }
    }

    private static long parsePlainInteger(char[] chars, int start, int end) {
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

    /** Whether the range holds an underscore or a non-ASCII character, which only Python may accept. */
    private static boolean hasPythonExtras(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] == '_' || chars[i] >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * The range with Python's extras made plain, as Python does before parsing: Unicode decimal
     * digits become ASCII digits and underscores between two digits are dropped. Other characters are
     * kept, so that the plain parser refuses them. Allocates; only for the rare spellings that need it.
     *
     * @throws NumberFormatException for an underscore that is not between two digits
     */
    private static char[] toPlain(char[] chars, int start, int end) {
        StringBuilder plain = new StringBuilder(end - start);
        boolean afterDigit = false;
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(chars, i, end);
            int next = i + Character.charCount(codePoint);
            if (codePoint == '_') {
                if (!afterDigit || next >= end || !Character.isDigit(Character.codePointAt(chars, next, end))) {
                    throw new NumberFormatException("'_' is only allowed between two digits");
                }
                afterDigit = false;
            } else if (Character.isDigit(codePoint)) {
                plain.append((char) ('0' + Character.digit(codePoint, 10)));
                afterDigit = true;
            } else {
                plain.appendCodePoint(codePoint);
                afterDigit = false;
            }
            i = next;
        }
        char[] result = new char[plain.length()];
        plain.getChars(0, result.length, result, 0);
        return result;
    }

    /**
     * The boolean in {@code chars[start, end)} (not modified): {@code T}, {@code True}, {@code true},
     * {@code TRUE} or {@code F}, {@code False}, {@code false}, {@code FALSE}.
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
