package org.mlpot.descriptor.acsf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/**
 * Reads the symmetry functions of an n2p2 potential from its {@code input.nn}: the keywords
 * {@code number_of_elements}, {@code elements}, {@code cutoff_type N [alpha]} and every
 * {@code symfunction_short} line. Other keywords are ignored, as is everything from a {@code #}.
 *
 * <p>n2p2 files carry no unit: the caller gives the file's length unit in Å ({@code 1} for Å,
 * {@link org.mlpot.units.Units#BOHR} for Bohr). Radii and shifts are multiplied by it and
 * {@code eta} divided by its square ({@link SymmetryFunction#withLengthsScaled}), so that the
 * functions give n2p2's values on structures converted to Å.
 *
 * <p>Refused with a {@link FormatException} naming file and line: a malformed symmetry-function
 * line (wrong number of fields, a field that is not a number, an unknown type, element or subtype,
 * parameters n2p2 refuses), a function whose elements are not in {@code elements}, a cutoff-based
 * function without {@code cutoff_type}, missing or inconsistent {@code number_of_elements} and
 * {@code elements}, repeated keywords, and an element without functions.
 */
public final class N2p2SymmetryFunctionReader {
    private N2p2SymmetryFunctionReader() {
    }

    /**
     * Reads a file (UTF-8).
     *
     * @param lengthToAngstrom one length unit of the file in Å (positive, finite)
     * @throws InputException when the file does not exist
     * @throws FormatException when the file is not a valid n2p2 symmetry-function setup
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SymmetryFunctions read(Path file, double lengthToAngstrom) {
        Objects.requireNonNull(file, "file is null");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), lengthToAngstrom);
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
     * @param lengthToAngstrom one length unit of the text in Å (positive, finite)
     * @throws FormatException when the text is not a valid n2p2 symmetry-function setup
     * @throws UncheckedIOException when reading fails
     */
    public static SymmetryFunctions read(Reader reader, String name, double lengthToAngstrom) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(name, "name is null");
        if (!(lengthToAngstrom > 0) || !Double.isFinite(lengthToAngstrom)) {
            throw new IllegalArgumentException("lengthToAngstrom must be positive and finite, got " + lengthToAngstrom);
        }
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Integer count = null;
        List<Element> elements = null;
        CutoffShape cutoff = null;
        long elementsLine = 0;
        long cutoffLine = 0;
        long countLine = 0;
        List<String> functionLines = new ArrayList<>();
        List<Long> functionLineNumbers = new ArrayList<>();
        long number = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                SettingsFields f = SettingsFields.of(line);
                if (f.size() == 0) {
                    continue;
                }
                try {
                    switch (f.text(0)) {
                        case "number_of_elements" -> {
                            once(countLine, "number_of_elements");
                            if (f.size() != 2) {
                                throw new IllegalArgumentException("expected number_of_elements <count>");
                            }
                            count = f.integer(1, "number_of_elements");
                            countLine = number;
                        }
                        case "elements" -> {
                            once(elementsLine, "elements");
                            elements = elements(f);
                            elementsLine = number;
                        }
                        case "cutoff_type" -> {
                            once(cutoffLine, "cutoff_type");
                            cutoff = cutoffShape(f);
                            cutoffLine = number;
                        }
                        case SettingsLineParser.KEYWORD -> {
                            functionLines.add(line);
                            functionLineNumbers.add(number);
                        }
                        default -> {
                            // not about symmetry functions
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new FormatException(name, number, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        if (elements == null) {
            throw new FormatException(name, 0, "no 'elements' line: list the elements of the potential, as in 'elements H O'");
        }
        if (count == null) {
            throw new FormatException(name, 0, "no 'number_of_elements' line: add 'number_of_elements " + elements.size() + "'");
        }
        if (count != elements.size()) {
            throw new FormatException(name, countLine, "number_of_elements is " + count + " but line " + elementsLine
                    + " lists " + elements.size() + " elements");
        }
        List<SymmetryFunction> functions = new ArrayList<>();
        for (int i = 0; i < functionLines.size(); i++) {
            long line = functionLineNumbers.get(i);
            SymmetryFunction f;
            try {
                f = cutoff != null ? SymmetryFunction.parse(functionLines.get(i), cutoff) : SymmetryFunction.parse(functionLines.get(i));
            } catch (IllegalArgumentException e) {
                throw new FormatException(name, line, e.getMessage());
            }
            if (!elements.contains(f.centre())) {
                throw new FormatException(name, line, "centre element " + f.centre().symbol() + " is not in 'elements' " + symbols(elements));
            }
            for (Element e : Element.values()) {
                if (!elements.contains(e) && f.dependsOn(e) && f.type() != 12 && f.type() != 13 && f.type() < 23) {
                    throw new FormatException(name, line, "neighbour element " + e.symbol() + " is not in 'elements' " + symbols(elements));
                }
            }
            functions.add(f.withLengthsScaled(lengthToAngstrom));
        }
        for (Element e : elements) {
            if (functions.stream().noneMatch(f -> f.centre() == e)) {
                throw new FormatException(name, 0, "element " + e.symbol() + " has no symfunction_short lines; every element needs at least one");
            }
        }
        return new SymmetryFunctions(elements, functions);
    }

    private static void once(long previous, String keyword) {
        if (previous > 0) {
            throw new IllegalArgumentException("'" + keyword + "' appears twice (first on line " + previous + "); keep one");
        }
    }

    private static List<Element> elements(SettingsFields f) {
        if (f.size() < 2) {
            throw new IllegalArgumentException("expected elements <symbol> ..., got no symbols");
        }
        TreeSet<Element> set = new TreeSet<>();
        for (int k = 1; k < f.size(); k++) {
            if (!set.add(f.element(k, "elements"))) {
                throw new IllegalArgumentException("element " + f.text(k) + " is listed twice");
            }
        }
        return List.copyOf(set);
    }

    private static CutoffShape cutoffShape(SettingsFields f) {
        if (f.size() < 2 || f.size() > 3) {
            throw new IllegalArgumentException("expected cutoff_type <type 0-8> [alpha]");
        }
        CutoffType type = CutoffType.ofCode(f.integer(1, "cutoff_type"));
        double alpha = f.size() == 3 ? f.real(2, "cutoff alpha") : 0.0;
        return new CutoffShape(type, alpha);
    }

    private static String symbols(List<Element> elements) {
        return elements.stream().map(Element::symbol).toList().toString();
    }
}
