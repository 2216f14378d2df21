package org.mlpot.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.Labels;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

/**
 * Reads extended XYZ files as ASE ({@code ase.io.read(f, index=':')}) reads them, one frame at a
 * time; files whose name ends in {@code .gz} are decompressed on the fly. Not thread-safe.
 *
 * <p>Each frame is an atom count line, a comment line of {@code key=value} pairs and one line per
 * atom with the columns that {@code Properties} lists (default {@code species:S:1:pos:R:3}). What
 * becomes what:
 * <ul>
 *   <li>{@code Lattice} (rows a, b, c in Å) and {@code pbc} → the {@link org.mlpot.structure.Cell};
 *       {@code pbc} defaults to {@code T T T} with a Lattice and {@code F F F} without, as in ASE.
 *   <li>{@code energy}, {@code free_energy} (eV), {@code stress} (eV/Å³, ASE's sign:
 *       {@code σ = (1/V) ∂E/∂ε}, see {@link org.mlpot.potential.Stress}; 9 values or 6 in Voigt
 *       order xx yy zz yz xz xy) or {@code virial} (eV, {@code σ = −W/V}) → {@link Labels}.
 *   <li>Columns {@code species} (symbols are capitalised as ASE does: {@code si} is Si) or
 *       {@code Z}/{@code numbers}, {@code pos}, {@code forces} (or {@code force}; eV/Å),
 *       {@code energies} (per-atom energies, eV), {@code masses} (amu), {@code momenta}
 *       (amu·Å per ASE time unit, turned into velocities in Å/fs:
 *       {@code v = p / m / }{@link Units#ASE_TIME}).
 *   <li>Every other column → an {@link AtomColumn}, every other key → {@link Frame#info()}, both in
 *       file order. ASE gives {@code velocities} and {@code mass} columns no meaning, so they stay
 *       plain columns here too.
 * </ul>
 * Energies, forces and per-atom energies may be NaN (data checks refuse them later); positions,
 * masses and stress must be finite ({@link org.mlpot.potential.Stress} cannot hold NaN).
 *
 * <p>mlpot is stricter than ASE where ASE silently loses or invents data, always with a
 * {@link FormatException} whose message starts with {@code file:line:}: a wrong atom count, a
 * truncated frame, an atom line with too few or too many values, a value that does not parse, an
 * unknown element, duplicate keys or columns, a periodic axis without a Lattice, a blank line
 * between frames (ASE stops reading there) and species that disagree with {@code Z}.
 */
public final class ExtXyzReader implements FrameReader {
    private static final Element[] SYMBOLS = new Element[128 * 128];

    static {
        for (Element e : Element.values()) {
            String s = e.symbol();
            SYMBOLS[(s.charAt(0) << 7) | (s.length() > 1 ? s.charAt(1) : 0)] = e;
        }
    }

    private final String file;
    private final LineSource lines;
    private final CountingInputStream counter;
    private int[] tokenStarts = new int[16];
    private int[] tokenEnds = new int[16];
    private int frameIndex;
    private boolean pending;
    private boolean finished;
    private int pendingAtoms;
    private long pendingLine;

    private ExtXyzReader(Reader reader, String file, CountingInputStream counter) {
        this.file = Objects.requireNonNull(file, "file is null");
        this.lines = new LineSource(Objects.requireNonNull(reader, "reader is null"));
        this.counter = counter;
    }

    /**
     * Opens a file for reading, gzip-compressed when its name ends in {@code .gz}.
     *
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException for other I/O failures
     */
    public static ExtXyzReader open(Path file) {
        Objects.requireNonNull(file, "file is null");
        InputStream in = null;
        try {
            CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
            in = counter;
            if (file.getFileName() != null && file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new ExtXyzReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), file.toString(), counter);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            closeQuietly(in, e);
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from a character stream, which {@link #close()} closes.
     *
     * @param file the name to use in messages and in each frame's {@link FrameSource}
     */
    public static ExtXyzReader of(Reader reader, String file) {
        return new ExtXyzReader(reader, file, null);
    }

    @Override
    public long bytesRead() {
        return counter == null ? -1 : counter.count();
    }

    private static void closeQuietly(InputStream in, IOException cause) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (pending) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            long blankLine = 0;
            while (lines.next()) {
                if (lines.isBlank()) {
                    if (blankLine == 0) {
                        blankLine = lines.number();
                    }
                    continue;
                }
                if (blankLine != 0) {
                    throw new FormatException(file, blankLine, "blank line where the atom count of a frame was expected; "
                            + "ASE stops reading at such a line and ignores the rest of the file. Remove it");
                }
                pendingAtoms = atomCount();
                pendingLine = lines.number();
                pending = true;
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        finished = true;
        return false;
    }

    private int atomCount() {
        char[] c = lines.chars();
        int start = 0;
        int end = lines.length();
        while (DecimalParser.isSpace(c[start])) {
            start++;
        }
        while (DecimalParser.isSpace(c[end - 1])) {
            end--;
        }
        long n;
        try {
            n = DecimalParser.parseInteger(c, start, end);
        } catch (NumberFormatException e) {
            String text = new String(c, start, end - start);
            String hint = text.startsWith("VEC")
                    ? " (cell vectors as VEC lines are not supported; write the cell as Lattice=\"...\" on the comment line)"
                    : " (a frame starts with its number of atoms; check the previous frame's atom count)";
            throw new FormatException(file, lines.number(), "expected the number of atoms, got '" + text + "'" + hint);
        }
        if (n < 0 || n > Integer.MAX_VALUE / 3) {
            throw new FormatException(file, lines.number(), "impossible number of atoms " + n);
        }
        return (int) n;
    }

    @Override
    public Frame next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more frames in " + file);
        }
        pending = false;
        try {
            return readFrame(pendingAtoms, pendingLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Frame readFrame(int n, long countLine) throws IOException {
        if (!lines.next()) {
            throw new FormatException(file, countLine, "the file ends after the atom count " + n
                    + ": the comment line and the atom lines are missing (truncated file?)");
        }
        long commentLine = lines.number();
        ExtXyzHeader header = ExtXyzHeader.of(ExtXyzKeyValues.parse(lines.text(), file, commentLine), file, commentLine);
        ExtXyzProperties properties = header.properties();
        List<ExtXyzProperties.Column> columns = properties.columns();

        Element[] species = new Element[n];
        double[] positions = new double[3 * n];
        double[] forces = null;
        double[] atomEnergies = null;
        double[] masses = null;
        double[] momenta = null;
        boolean hasSpecies = false;
        Object[] extras = new Object[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            ExtXyzProperties.Column column = columns.get(k);
            switch (column.role()) {
                case SPECIES -> hasSpecies = true;
                case FORCES -> forces = new double[3 * n];
                case ATOM_ENERGIES -> atomEnergies = new double[n];
                case MASSES -> masses = new double[n];
                case MOMENTA -> momenta = new double[3 * n];
                case EXTRA -> extras[k] = newValues(column.type(), n * column.width());
                default -> {
                }
            }
        }
        int expectedTokens = properties.tokens();
        if (tokenStarts.length < expectedTokens + 1) {
            tokenStarts = new int[expectedTokens + 1];
            tokenEnds = new int[expectedTokens + 1];
        }

        for (int atom = 0; atom < n; atom++) {
            if (!lines.next()) {
                throw new FormatException(file, countLine, "the file ends after " + atom + " of the " + n
                        + " atom lines of this frame (truncated file, or a wrong atom count)");
            }
            char[] c = lines.chars();
            int count = tokenize(c, lines.length(), expectedTokens + 1);
            if (count != expectedTokens) {
                String hint = count == 1
                        ? " (this looks like the atom count of the next frame: is the atom count " + n + " at line " + countLine + " too large?)"
                        : "";
                throw new FormatException(file, lines.number(), "atom line has " + count + " values but Properties="
                        + properties.text() + " needs " + expectedTokens + hint);
            }
            Element fromNumber = null;
            int numberToken = 0;
            for (int k = 0; k < columns.size(); k++) {
                ExtXyzProperties.Column column = columns.get(k);
                int t = column.firstToken();
                switch (column.role()) {
                    case SPECIES -> species[atom] = element(c, t);
                    case NUMBERS -> {
                        fromNumber = elementOfNumber(c, t);
                        numberToken = t;
                    }
                    case POSITIONS -> {
                        for (int d = 0; d < 3; d++) {
                            double v = real(c, t + d, column);
                            if (!Double.isFinite(v)) {
                                throw new FormatException(file, lines.number(), "position of atom " + atom + " is not finite (column "
                                        + (t + d + 1) + " is '" + token(c, t + d) + "')");
                            }
                            positions[3 * atom + d] = v;
                        }
                    }
                    case FORCES -> readReals(c, column, forces, 3 * atom);
                    case ATOM_ENERGIES -> atomEnergies[atom] = real(c, t, column);
                    case MASSES -> {
                        double m = real(c, t, column);
                        if (!(m > 0) || !Double.isFinite(m)) {
                            throw new FormatException(file, lines.number(), "mass of atom " + atom + " must be positive and finite (column "
                                    + (t + 1) + " is '" + token(c, t) + "')");
                        }
                        masses[atom] = m;
                    }
                    case MOMENTA -> readReals(c, column, momenta, 3 * atom);
                    case EXTRA -> readExtra(c, column, extras[k], atom);
                    default -> throw new IllegalStateException("unhandled column role " + column.role());
                }
            }
            if (fromNumber != null) {
                if (hasSpecies && species[atom] != fromNumber) {
                    throw new FormatException(file, lines.number(), "column " + (numberToken + 1) + " says Z = " + fromNumber.atomicNumber()
                            + " (" + fromNumber.symbol() + ") but the species column says " + species[atom].symbol() + "; make them agree");
                }
                species[atom] = fromNumber;
            }
        }

        if (masses == null) {
            masses = new double[n];
            for (int i = 0; i < n; i++) {
                masses[i] = species[i].mass();
            }
        }
        double[] velocities = null;
        if (momenta != null) {
            velocities = new double[3 * n];
            for (int i = 0; i < 3 * n; i++) {
                velocities[i] = momenta[i] / masses[i / 3] / Units.ASE_TIME;
            }
        }
        List<AtomColumn> extraColumns = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            if (extras[k] != null) {
                extraColumns.add(toColumn(columns.get(k), extras[k]));
            }
        }
        Structure structure = Structure.of(species, positions, masses, header.cell());
        Labels labels = Labels.of(header.energy(), header.freeEnergy(), forces, header.stress(), atomEnergies);
        FrameSource source = new FrameSource(file, frameIndex++, countLine);
        return Frame.of(structure, labels, velocities, header.info(), extraColumns, source);
    }

    /** Splits a line into at most {@code capacity} remembered tokens; returns the number of tokens. */
    private int tokenize(char[] c, int length, int capacity) {
        int count = 0;
        int i = 0;
        while (true) {
            while (i < length && DecimalParser.isSpace(c[i])) {
                i++;
            }
            if (i >= length) {
                return count;
            }
            int start = i;
            while (i < length && !DecimalParser.isSpace(c[i])) {
                i++;
            }
            if (count < capacity) {
                tokenStarts[count] = start;
                tokenEnds[count] = i;
            }
            count++;
        }
    }

    private String token(char[] c, int t) {
        return new String(c, tokenStarts[t], tokenEnds[t] - tokenStarts[t]);
    }

    private Element element(char[] c, int t) {
        int start = tokenStarts[t];
        int length = tokenEnds[t] - start;
        if (length <= 2) {
            char first = Character.toUpperCase(c[start]);
            char second = length == 2 ? Character.toLowerCase(c[start + 1]) : 0;
            if (first < 128 && second < 128) {
                Element e = SYMBOLS[(first << 7) | second];
                if (e != null) {
                    return e;
                }
            }
        }
        String symbol = token(c, t);
        throw new FormatException(file, lines.number(), "unknown element '" + symbol + "' in column " + (t + 1)
                + "; the species column needs chemical symbols such as Si or O");
    }

    private Element elementOfNumber(char[] c, int t) {
        long z = integer(c, t, "atomic number");
        if (z < 1 || z > Element.values().length) {
            throw new FormatException(file, lines.number(), "no element has atomic number " + z + " (column " + (t + 1)
                    + "); expected 1 to " + Element.values().length);
        }
        return Element.ofAtomicNumber((int) z);
    }

    private void readReals(char[] c, ExtXyzProperties.Column column, double[] target, int offset) {
        for (int d = 0; d < column.width(); d++) {
            target[offset + d] = real(c, column.firstToken() + d, column);
        }
    }

    private double real(char[] c, int t, ExtXyzProperties.Column column) {
        try {
            return DecimalParser.parseReal(c, tokenStarts[t], tokenEnds[t], DecimalParser.Syntax.PYTHON);
        } catch (NumberFormatException e) {
            throw new FormatException(file, lines.number(), "cannot read '" + token(c, t) + "' in column " + (t + 1)
                    + " (" + columnLabel(column, t) + ") as a real number");
        }
    }

    private long integer(char[] c, int t, String what) {
        try {
            return DecimalParser.parseInteger(c, tokenStarts[t], tokenEnds[t]);
        } catch (NumberFormatException e) {
            throw new FormatException(file, lines.number(), "cannot read '" + token(c, t) + "' in column " + (t + 1)
                    + " (" + what + ") as an integer");
        }
    }

    private static String columnLabel(ExtXyzProperties.Column column, int t) {
        return column.width() == 1 ? column.name()
                : column.name() + ", component " + (t - column.firstToken() + 1) + " of " + column.width();
    }

    private static Object newValues(char type, int size) {
        return switch (type) {
            case 'R' -> new double[size];
            case 'I' -> new long[size];
            case 'L' -> new boolean[size];
            default -> new String[size];
        };
    }

    private void readExtra(char[] c, ExtXyzProperties.Column column, Object values, int atom) {
        int width = column.width();
        for (int d = 0; d < width; d++) {
            int t = column.firstToken() + d;
            int index = atom * width + d;
            switch (column.type()) {
                case 'R' -> ((double[]) values)[index] = real(c, t, column);
                case 'I' -> ((long[]) values)[index] = integer(c, t, columnLabel(column, t));
                case 'L' -> {
                    try {
                        ((boolean[]) values)[index] = DecimalParser.parseBool(c, tokenStarts[t], tokenEnds[t]);
                    } catch (NumberFormatException e) {
                        throw new FormatException(file, lines.number(), "cannot read '" + token(c, t) + "' in column " + (t + 1)
                                + " (" + columnLabel(column, t) + ") as a logical; expected T or F");
                    }
                }
                default -> ((String[]) values)[index] = token(c, t);
            }
        }
    }

    private static AtomColumn toColumn(ExtXyzProperties.Column column, Object values) {
        return switch (column.type()) {
            case 'R' -> new AtomColumn.Reals(column.name(), column.width(), (double[]) values);
            case 'I' -> new AtomColumn.Integers(column.name(), column.width(), (long[]) values);
            case 'L' -> new AtomColumn.Bools(column.name(), column.width(), (boolean[]) values);
            default -> new AtomColumn.Texts(column.name(), column.width(), (String[]) values);
        };
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
