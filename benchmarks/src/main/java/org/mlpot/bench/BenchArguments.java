package org.mlpot.bench;

/**
 * Reads the option values of the benchmark programs ({@code --name value}); every method throws an
 * {@link IllegalArgumentException} whose message names the option and says what it expects.
 */
final class BenchArguments {
    private BenchArguments() {
    }

    /**
     * The value that follows option {@code args[i]}.
     *
     * @param args the command line; not modified
     * @throws IllegalArgumentException when the option is the last argument
     */
    static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    /**
     * A positive integer.
     *
     * @throws IllegalArgumentException when {@code text} is not an integer of at least 1
     */
    static int positiveInt(String option, String text) {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a positive integer, got '" + text + "'");
        }
        if (n < 1) {
            throw new IllegalArgumentException(option + " expects a positive integer, got " + n);
        }
        return n;
    }

    /**
     * A comma-separated list of positive integers, such as {@code 50,100,200}.
     *
     * @throws IllegalArgumentException when the list is empty or an entry is not a positive integer
     */
    static int[] positiveInts(String option, String text) {
        String[] parts = text.split(",", -1);
        int[] values = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isBlank()) {
                throw new IllegalArgumentException(option + " expects comma-separated positive integers such as 50,100,"
                        + " got '" + text + "'");
            }
            values[k] = positiveInt(option, parts[k]);
        }
        return values;
    }

    /**
     * The SOAP size of {@code --soap n_max,l_max}: {@code {n_max, l_max}} with n_max ≥ 1 and
     * l_max ≥ 0 (the spec checker judges the upper limits when the descriptor is built).
     *
     * @throws IllegalArgumentException when the text is not two such integers
     */
    static int[] soapSize(String option, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(option + " expects n_max,l_max such as 6,4, got '" + text + "'");
        }
        int nMax = positiveInt(option + " (n_max)", parts[0]);
        int lMax;
        try {
            lMax = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects n_max,l_max such as 6,4, got '" + text + "'");
        }
        if (lMax < 0) {
            throw new IllegalArgumentException(option + " (l_max) must be at least 0, got " + lMax);
        }
        return new int[] {nMax, lMax};
    }
}
