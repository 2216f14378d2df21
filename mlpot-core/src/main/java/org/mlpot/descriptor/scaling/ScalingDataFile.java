package org.mlpot.descriptor.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/**
 * Reads and writes n2p2's {@code scaling.data}: the feature statistics that {@code nnp-scaling}
 * writes and every n2p2 model reads.
 *
 * <p>Format: lines starting with {@code #} are comments; every other line holds the six columns
 * {@code e_index sf_index Gmin Gmax Gmean Gsigma}, both indices 1-based, the element index in the
 * order of atomic numbers (n2p2 sorts its elements so), the feature index in the descriptor's
 * (n2p2's sorted) order. Elements follow each other in order and their features run from 1 without
 * gaps. The file stores no atom counts.
 *
 * <p>The reader maps n2p2's element order onto any element list given (a descriptor's order), is
 * stricter than n2p2 (which reads the lines in sequence and checks no index) and refuses, naming
 * file and line, a line with other than six columns, a non-numeric or non-finite field, an index out
 * of order, {@code Gmin > Gmax} or {@code Gsigma < 0}. Blank lines are skipped. The writer uses
 * n2p2's header and {@code %10d %10d %24.16E %24.16E %24.16E %24.16E} lines, formatted as C's
 * {@code printf} does, so that reading gives back every double exactly and a file n2p2 wrote is
 * reproduced byte for byte.
 */
public final class ScalingDataFile {
    private static final String RULE = "#".repeat(80);
    private static final String WIDE_RULE = "#".repeat(10 + 11 + 4 * 25);
    private static final String HEADER = RULE + "\n"
            + "# Symmetry function scaling data.\n"
            + RULE + "\n"
            + "# Col  Name     Description\n"
            + RULE + "\n"
            + "# 1    e_index  Element index.\n"
            + "# 2    sf_index Symmetry function index.\n"
            + "# 3    sf_min   Symmetry function minimum.\n"
            + "# 4    sf_max   Symmetry function maximum.\n"
            + "# 5    sf_mean  Symmetry function mean.\n"
            + "# 6    sf_sigma Symmetry function sigma.\n"
            + WIDE_RULE + "\n"
            + String.format(java.util.Locale.ROOT, "#%9d %10d %24d %24d %24d %24d", 1, 2, 3, 4, 5, 6) + "\n"
            + String.format(java.util.Locale.ROOT, "#%9s %10s %24s %24s %24s %24s", "e_index", "sf_index", "sf_min",
                    "sf_max", "sf_mean", "sf_sigma") + "\n"
            + WIDE_RULE + "\n";
    private static final MathContext SEVENTEEN_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);

    private ScalingDataFile() {
    }

    /**
     * Reads a file (UTF-8) for a descriptor, and checks that every element has as many features as the
     * descriptor gives it.
     *
     * @throws FormatException when the file is malformed or the feature counts differ
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException when it cannot be read for another reason
     */
    public static FeatureStatistics read(Path file, Descriptor descriptor) {
        Objects.requireNonNull(descriptor, "descriptor is null");
        FeatureStatistics statistics = read(file, descriptor.elements());
        for (int s = 0; s < statistics.elements().size(); s++) {
            Element e = statistics.elements().get(s);
            if (statistics.size(s) != descriptor.size(e)) {
                throw new FormatException(file.toString(), 0, String.format(java.util.Locale.ROOT,
                        "element %s (e_index %d) has %d features here but the descriptor gives it %d: "
                                + "the file belongs to another descriptor",
                        e.symbol(), fileIndex(statistics.elements(), e), statistics.size(s), descriptor.size(e)));
            }
        }
        return statistics;
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param elements the elements in the order the statistics should use (for example a descriptor's);
     *     the file's {@code e_index} k is the k-th of them by atomic number
     * @throws FormatException when the file is malformed or has not exactly these elements
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException when it cannot be read for another reason
     */
    public static FeatureStatistics read(Path file, List<Element> elements) {
        Objects.requireNonNull(file, "file is null");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), elements);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from a character stream (not closed).
     *
     * @param name the name used in error messages, such as a file name
     * @param elements as in {@link #read(Path, List)}
     * @throws FormatException when the text is malformed or has not exactly these elements
     * @throws UncheckedIOException when reading fails
     */
    public static FeatureStatistics read(Reader reader, String name, List<Element> elements) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(name, "name is null");
        List<Element> order = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
        List<Element> sorted = byAtomicNumber(order);
        if (sorted.size() != new java.util.HashSet<>(sorted).size()) {
            throw new IllegalArgumentException("elements repeat: " + order);
        }
        int n = sorted.size();
        List<List<double[]>> rows = new ArrayList<>(); // per file element: {min, max, mean, sigma} per feature
        for (int k = 0; k < n; k++) {
            rows.add(new ArrayList<>());
        }
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Fields fields = new Fields(name);
        int currentElement = 0; // 1-based e_index of the previous data line, 0 before the first
        long lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                fields.reset(line, lineNumber);
                if (fields.count() == 0 || line.charAt(fields.start(0)) == '#') {
                    continue;
                }
                if (fields.count() != 6) {
                    throw fields.error("expected 6 columns (e_index sf_index Gmin Gmax Gmean Gsigma), found "
                            + fields.count());
                }
                long e = fields.integer(0, "e_index");
                long sf = fields.integer(1, "sf_index");
                if (e < 1 || e > n) {
                    throw fields.error("e_index " + e + " out of range: " + n + " elements are given ("
                            + symbols(sorted) + " by atomic number)");
                }
                if (e < currentElement) {
                    throw fields.error("e_index " + e + " after e_index " + currentElement
                            + ": elements must come in order");
                }
                List<double[]> element = rows.get((int) e - 1);
                if (sf != element.size() + 1) {
                    throw fields.error("sf_index " + sf + " of element " + sorted.get((int) e - 1).symbol() + " (e_index " + e
                            + "): expected " + (element.size() + 1) + ", as features are numbered from 1 without gaps");
                }
                double min = fields.real(2, "Gmin");
                double max = fields.real(3, "Gmax");
                double mean = fields.real(4, "Gmean");
                double sigma = fields.real(5, "Gsigma");
                if (min > max) {
                    throw fields.error("Gmin " + min + " is larger than Gmax " + max);
                }
                if (sigma < 0) {
                    throw fields.error("Gsigma " + sigma + " is negative");
                }
                element.add(new double[] {min, max, mean, sigma});
                currentElement = (int) e;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + name + " after line " + lineNumber + ": " + ex.getMessage(), ex);
        }
        for (int k = 0; k < n; k++) {
            if (rows.get(k).isEmpty()) {
                throw new FormatException(name, 0, "no lines for element " + sorted.get(k).symbol() + " (e_index " + (k + 1)
                        + " of " + symbols(sorted) + "): the file is incomplete or belongs to other elements");
            }
        }
        double[][][] tables = new double[4][n][];
        for (int s = 0; s < n; s++) {
            List<double[]> element = rows.get(sorted.indexOf(order.get(s)));
            for (int t = 0; t < 4; t++) {
                tables[t][s] = new double[element.size()];
                for (int g = 0; g < element.size(); g++) {
                    tables[t][s][g] = element.get(g)[t];
                }
            }
        }
        return new FeatureStatistics(order, null, tables[0], tables[1], tables[2], tables[3]);
    }

    /**
     * Writes {@code statistics} to a file (UTF-8) in n2p2's layout, replacing it.
     *
     * @throws IllegalArgumentException when a statistic is not finite (an element without atoms)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Path file, FeatureStatistics statistics) {
        Objects.requireNonNull(file, "file is null");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer, statistics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code statistics} in n2p2's layout (the writer is not closed). Elements go in order of
     * atomic number, whatever the order of {@link FeatureStatistics#elements()}.
     *
     * @throws IllegalArgumentException when a statistic is not finite (an element without atoms)
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Writer writer, FeatureStatistics statistics) {
        Objects.requireNonNull(writer, "writer is null");
        Objects.requireNonNull(statistics, "statistics is null");
        List<Element> sorted = byAtomicNumber(statistics.elements());
        for (Element e : sorted) {
            int s = statistics.species(e);
            for (int g = 0; g < statistics.size(s); g++) {
                double[] values = {statistics.min(s, g), statistics.max(s, g), statistics.mean(s, g), statistics.sigma(s, g)};
                for (double v : values) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("feature " + g + " of element " + e.symbol() + " has no finite "
                                + "statistics (were atoms of " + e.symbol() + " in the data?); scaling.data cannot hold it");
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder(HEADER);
        for (int k = 0; k < sorted.size(); k++) {
            int s = statistics.species(sorted.get(k));
            for (int g = 0; g < statistics.size(s); g++) {
                pad(text, Integer.toString(k + 1), 10).append(' ');
                pad(text, Integer.toString(g + 1), 10);
                for (double v : new double[] {statistics.min(s, g), statistics.max(s, g), statistics.mean(s, g),
                        statistics.sigma(s, g)}) {
                    pad(text.append(' '), formatE16(v), 24);
                }
                text.append('\n');
            }
        }
        try {
            writer.write(text.toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scaling data: " + e.getMessage(), e);
        }
    }

    private static StringBuilder pad(StringBuilder text, String field, int width) {
        for (int i = field.length(); i < width; i++) {
            text.append(' ');
        }
        return text.append(field);
    }

    /**
     * {@code x} as C's {@code printf("%.16E", x)}: 17 significant digits of the exact binary value,
     * rounded half to even, and an exponent of at least two digits. Enough to read back the same double.
     * n2p2 writes its numbers so (also in {@code weights.ZZZ.data}).
     *
     * @throws IllegalArgumentException when {@code x} is not finite
     */
    public static String formatE16(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not finite: " + x);
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String digits;
        int exponent;
        if (x == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(Math.abs(x)).round(SEVENTEEN_DIGITS);
            digits = rounded.unscaledValue().toString();
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        StringBuilder s = new StringBuilder(24);
        if (negative) {
            s.append('-');
        }
        s.append(digits.charAt(0)).append('.');
        for (int i = 1; i < 17; i++) {
            s.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        s.append('E').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            s.append('0');
        }
        return s.append(magnitude).toString();
    }

    private static List<Element> byAtomicNumber(List<Element> elements) {
        return elements.stream().sorted(Comparator.comparingInt(Element::atomicNumber)).toList();
    }

    private static int fileIndex(List<Element> elements, Element e) {
        return byAtomicNumber(elements).indexOf(e) + 1;
    }

    private static String symbols(List<Element> elements) {
        return elements.stream().map(Element::symbol).toList().toString();
    }

    /** The whitespace-separated fields of one line, located without splitting. */
    private static final class Fields {
        private final String name;
        private final int[] starts = new int[7];
        private final int[] ends = new int[7];
        private String line;
        private long lineNumber;
        private int count;

        Fields(String name) {
            this.name = name;
        }

        void reset(String newLine, long newLineNumber) {
            line = newLine;
            lineNumber = newLineNumber;
            count = 0;
            int i = 0;
            int length = line.length();
            while (true) {
                while (i < length && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i == length) {
                    return;
                }
                int start = i;
                while (i < length && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (count < starts.length) {
                    starts[count] = start;
                    ends[count] = i;
                }
                count++;
            }
        }

        int count() {
            return count;
        }

        int start(int k) {
            return starts[k];
        }

        long integer(int k, String what) {
            String field = line.substring(starts[k], ends[k]);
            for (int i = 0; i < field.length(); i++) {
                if (field.charAt(i) < '0' || field.charAt(i) > '9' || i >= 9) {
                    throw error(what + " '" + field + "' (column " + (k + 1) + ") is not a positive integer");
                }
            }
            return Long.parseLong(field);
        }

        double real(int k, String what) {
            String field = line.substring(starts[k], ends[k]);
            boolean digit = false;
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c != '+' && c != '-' && c != '.' && c != 'e' && c != 'E') {
                    digit = false;
                    break;
                }
            }
            double value;
            try {
                value = digit ? Double.parseDouble(field) : Double.NaN;
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!Double.isFinite(value)) {
                throw error(what + " '" + field + "' (column " + (k + 1) + ") is not a finite decimal number");
            }
            return value;
        }

        FormatException error(String message) {
            return new FormatException(name, lineNumber, message);
        }
    }
}
