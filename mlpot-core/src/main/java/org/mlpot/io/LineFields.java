package org.mlpot.io;

/**
 * The whitespace-separated fields of one line of an n2p2 {@code input.data} file, found without
 * splitting the line into new strings. Spaces, tabs, {@code \r} and {@code \f} separate fields.
 * Reusable: call {@link #reset(String)} for every line; the line is copied into a reused buffer, so
 * reading its numbers allocates nothing. Not thread-safe.
 *
 * <p>Numbers are read by {@link DecimalParser} in its {@link DecimalParser.Syntax#PLAIN} syntax:
 * what n2p2's {@code atof} reads to the end of the field, without the partial reads that
 * {@code atof} silently turns into a wrong value or 0.
 */
final class LineFields {
    private static final int MAX_FIELDS = 64;

    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private char[] chars = new char[256];
    private int count;
    private boolean tooMany;

    /** Splits {@code line} into fields; more than 64 fields are counted but not located. */
    void reset(String line) {
        int n = line.length();
        if (n > chars.length) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        line.getChars(0, n, chars, 0);
        count = 0;
        tooMany = false;
        int i = 0;
        while (true) {
            while (i < n && isBlank(chars[i])) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int start = i;
            while (i < n && !isBlank(chars[i])) {
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
        checkLocated(k);
        int start = starts[k];
        if (ends[k] - start != word.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (chars[start + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Field {@code k} as a new string. */
    String text(int k) {
        checkLocated(k);
        return new String(chars, starts[k], ends[k] - starts[k]);
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
     * @throws NumberFormatException saying {@code '<field>' is not a number} when the field is not a
     *     number in the {@link DecimalParser.Syntax#PLAIN} syntax
     */
    double number(int k) {
        checkLocated(k);
        try {
            return DecimalParser.parseReal(chars, starts[k], ends[k], DecimalParser.Syntax.PLAIN);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text(k) + "' is not a number");
        }
    }

    private void checkLocated(int k) {
        if (k >= count || (tooMany && k >= MAX_FIELDS)) {
            throw new IndexOutOfBoundsException("field " + k + " of " + count);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }
}
