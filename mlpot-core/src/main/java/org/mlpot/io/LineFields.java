package org.mlpot.io;

/**
 * The whitespace-separated fields of one text line, found without splitting the line into new
 * strings, and strict parsing of numeric fields. Spaces and tabs separate fields. Reusable: call
 * {@link #reset(String)} for every line. Not thread-safe.
 *
 * <p>Numbers are decimal, as C's {@code strtod} and Java's {@link Double#parseDouble} agree on them:
 * an optional sign, digits with an optional decimal point, an optional exponent {@code e}/{@code E}
 * with optional sign. Also accepted, case-insensitively: {@code nan}, {@code inf}, {@code infinity}
 * with optional sign (the spellings that C's {@code atof} reads and Java's {@code Double.toString}
 * writes). Anything else (a Fortran {@code 1.0d0}, a trailing {@code f}, a hexadecimal float, an
 * empty mantissa) is refused rather than read as a partial number. Values are correctly rounded:
 * short decimals are converted exactly without allocation, the rest through
 * {@link Double#parseDouble}.
 */
final class LineFields {
    private static final int MAX_FIELDS = 64;
    /** Exact powers of ten as doubles: 10^0 .. 10^22 are all representable. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private String line = "";
    private int count;
    private boolean tooMany;

    /** Splits {@code newLine} into fields; more than 64 fields are counted but not located. */
    void reset(String newLine) {
        line = newLine;
        count = 0;
        tooMany = false;
        int n = newLine.length();
        int i = 0;
        while (true) {
            while (i < n && isBlank(newLine.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int start = i;
            while (i < n && !isBlank(newLine.charAt(i))) {
                i++;
            }
            if (count < MAX_FIELDS) {
                starts[count] = start;
                ends[count] = i;
            } else {
                tooMany = true;
            }
            count++;
        }
    }

    /** The number of fields on the line. */
    int count() {
        return count;
    }

    /** Whether field {@code k} equals {@code word} exactly. */
    boolean is(int k, String word) {
        int length = ends[k] - starts[k];
        return length == word.length() && line.regionMatches(starts[k], word, 0, length);
    }

    /** Field {@code k} as a new string. */
    String text(int k) {
        checkLocated(k);
        return line.substring(starts[k], ends[k]);
    }

    /** Where field {@code k} starts in the line (0-based character index). */
    int start(int k) {
        checkLocated(k);
        return starts[k];
    }

    /** Where field {@code k} ends in the line (exclusive). */
    int end(int k) {
        checkLocated(k);
        return ends[k];
    }

    /**
     * Field {@code k} as a double.
     *
     * @throws NumberFormatException when the field is not a number in the accepted syntax
     */
    double number(int k) {
        checkLocated(k);
        return parse(line, starts[k], ends[k]);
    }

    private void checkLocated(int k) {
        if (k >= count || (tooMany && k >= MAX_FIELDS)) {
            throw new IndexOutOfBoundsException("field " + k + " of " + count);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    /**
     * Parses {@code s[from, to)} as a double (see the class comment for the syntax).
     *
     * @throws NumberFormatException naming the text when it is not a number
     */
    static double parse(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i < to && Character.isLetter(s.charAt(i))) {
            return special(s, from, i, to, negative);
        }
        long mantissa = 0;
        int digits = 0;          // significant digits accumulated in mantissa
        int droppedDigits = 0;   // integer-part digits beyond what a long can hold
        int fractionDigits = 0;  // fraction digits accumulated in mantissa
        boolean exact = true;
        boolean anyDigit = false;
        while (i < to && isDigit(s.charAt(i))) {
            anyDigit = true;
            if (digits < 18) {
                mantissa = mantissa * 10 + (s.charAt(i) - '0');
                if (mantissa != 0) {
                    digits++;
                }
            } else {
                droppedDigits++;
                exact = false;
            }
            i++;
        }
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && isDigit(s.charAt(i))) {
                anyDigit = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (s.charAt(i) - '0');
                    fractionDigits++;
                    if (mantissa != 0) {
                        digits++;
                    }
                } else if (s.charAt(i) != '0') {
                    exact = false;
                }
                i++;
            }
        }
        if (!anyDigit) {
            throw notANumber(s, from, to);
        }
        int exponent = 0;
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            if (i >= to || !isDigit(s.charAt(i))) {
                throw notANumber(s, from, to);
            }
            while (i < to && isDigit(s.charAt(i))) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (i != to) {
            throw notANumber(s, from, to);
        }
        int power = exponent + droppedDigits - fractionDigits;
        if (exact && mantissa <= MAX_EXACT_MANTISSA && Math.abs(power) < POWERS_OF_TEN.length) {
            // both operands are exact doubles, so one IEEE multiplication or division rounds correctly
            double value = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
            return negative ? -value : value;
        }
        return Double.parseDouble(s.substring(from, to));
    }

    private static double special(String s, int from, int letters, int to, boolean negative) {
        String word = s.substring(letters, to);
        if (word.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw notANumber(s, from, to);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException notANumber(String s, int from, int to) {
        return new NumberFormatException("'" + s.substring(from, to) + "' is not a number");
    }
}
