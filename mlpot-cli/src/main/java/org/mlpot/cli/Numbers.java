package org.mlpot.cli;

import java.util.Locale;

/** Numbers for people: five significant digits without trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    /** {@code count} and the noun, plural unless the count is one: "1 frame", "2 frames". */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** {@code value} as 0.1, 1, 4.5 or 6.2415e-05: five significant digits, trailing zeros dropped. */
    static String compact(double value) {
        String text = String.format(Locale.ROOT, "%.5g", value);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }
}
