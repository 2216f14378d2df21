package org.mlpot.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.FrameSource;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Reads n2p2's {@code input.data} format (also RuNNer's): structures between {@code begin} and
 * {@code end} lines, with these lines in between, in any order:
 * <pre>
 * comment &lt;text&gt;
 * lattice ax ay az      (three lines, the rows a, b, c; all three or none)
 * atom x y z El q n fx fy fz
 * energy E
 * charge Q
 * </pre>
 *
 * <p>What becomes of each value:
 * <ul>
 *   <li>Three {@code lattice} lines make a fully periodic {@link Cell}; without them the structure
 *       is non-periodic ({@link Cell#none()}). Positions are kept as written (n2p2 wraps periodic
 *       atoms into the cell on reading; {@link Structure#wrapped()} does the same).
 *   <li>{@code energy} becomes the energy label; forces (always present on atom lines) become the
 *       forces label. A structure without an {@code energy} line has no energy label. n2p2 cannot
 *       mark forces as absent: files without reference forces carry zeros, which are read as zeros.
 *   <li>The per-atom charge {@code q} becomes the real column {@value #CHARGES_COLUMN} and the unused
 *       sixth field {@code n} the real column {@value #N_COLUMN}, so that both are written back.
 *   <li>{@code comment} becomes the info entry {@value #COMMENT_INFO} ({@link InfoValue.Text}): the
 *       text after the keyword and one separator character, verbatim (as n2p2 keeps it). Several
 *       comment lines are joined with {@code '\n'}. {@code charge} becomes the info entry
 *       {@value #CHARGE_INFO} ({@link InfoValue.Real}, elementary charges).
 *   <li>Lengths, energies and forces are converted to Å, eV and eV/Å with the {@link N2p2Units}
 *       given to the factory.
 * </ul>
 *
 * <p>Fields are separated by spaces or tabs, and lines may be indented, as n2p2 allows. Unlike n2p2
 * (which reads with {@code atof} and ignores surplus fields), this reader refuses, with a
 * {@link FormatException} naming file and line: unknown keywords, lines outside a
 * {@code begin … end} block, a missing {@code end}, a wrong number of fields, a field that is not a
 * number, an unknown element, one, two or more than three lattice lines, repeated {@code energy}
 * or {@code charge} lines, blank lines inside a block (n2p2 refuses them too), and structures
 * without atoms. Blank lines between blocks are skipped. {@code NaN} or infinite energies, forces
 * and charges are read as such so that {@link org.mlpot.data.DataChecks} can report them; non-finite
 * positions and lattice vectors are refused here.
 */
public final class N2p2DataReader implements FrameReader {
    /** Name of the per-atom column holding the charges {@code q} (elementary charges). */
    public static final String CHARGES_COLUMN = "charges";
    /** Name of the per-atom column holding the sixth atom field {@code n}, unused by n2p2. */
    public static final String N_COLUMN = "n2p2_n";
    /** Info key of the comment text. */
    public static final String COMMENT_INFO = "comment";
    /** Info key of the total charge (elementary charges). */
    public static final String CHARGE_INFO = "charge";

    private static final String KEYWORDS = "begin, comment, lattice, atom, energy, charge, end";

    private final BufferedReader in;
    private final String file;
    private final N2p2Units units;
    private final LineFields fields = new LineFields();
    private long lineNumber;
    private int frameIndex;
    private Frame pending;
    private boolean finished;

    // per-structure scratch, reused between structures
    private Element[] species = new Element[64];
    private double[] positions = new double[3 * 64];
    private double[] forces = new double[3 * 64];
    private double[] charges = new double[64];
    private double[] nValues = new double[64];
    private final double[] lattice = new double[9];
    private final CountingInputStream counter;

    private N2p2DataReader(Reader reader, String file, N2p2Units units, CountingInputStream counter) {
        Objects.requireNonNull(reader, "reader is null");
        this.counter = counter;
        this.file = Objects.requireNonNull(file, "file is null");
        this.units = Objects.requireNonNull(units, "units is null");
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /**
     * Opens a file (UTF-8).
     *
     * @param file the file; its name as given appears in error messages
     * @param units the units of the file
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException when it cannot be opened for another reason
     */
    public static N2p2DataReader open(Path file, N2p2Units units) {
        Objects.requireNonNull(file, "file is null");
        try {
            CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
            return new N2p2DataReader(new InputStreamReader(counter, StandardCharsets.UTF_8.newDecoder()), file.toString(),
                    units, counter);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads from a character stream; {@link #close()} closes it.
     *
     * @param reader the text
     * @param name the name used in error messages and {@link FrameSource}s, such as a file name
     * @param units the units of the text
     */
    public static N2p2DataReader of(Reader reader, String name, N2p2Units units) {
        return new N2p2DataReader(reader, name, units, null);
    }

    @Override
    public long bytesRead() {
        return counter == null ? -1 : counter.count();
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            pending = readFrame();
            finished = pending == null;
        }
        return pending != null;
    }

    @Override
    public Frame next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more structures in " + file);
        }
        Frame frame = pending;
        pending = null;
        return frame;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the next structure, or returns null at the end of the input. */
    private Frame readFrame() {
        String line;
        while ((line = readLine()) != null) {
            fields.reset(line);
            if (fields.count() == 0) {
                continue;
            }
            if (fields.is(0, "begin")) {
                expectFieldCount(1, "begin");
                return readBlock(lineNumber);
            }
            if (isKeyword()) {
                throw error("'" + fields.text(0) + "' outside a structure; every structure starts with a line 'begin'"
                        + " and ends with a line 'end'");
            }
            throw unknownKeyword();
        }
        return null;
    }

    private Frame readBlock(long beginLine) {
        int atoms = 0;
        int latticeLines = 0;
        long lastLatticeLine = 0;
        Double energy = null;
        Double charge = null;
        StringBuilder comment = null;
        String line;
        while ((line = readLine()) != null) {
            fields.reset(line);
            if (fields.count() == 0) {
                throw error("blank line inside the structure that begins on line " + beginLine
                        + "; n2p2 refuses these too: remove it");
            }
            if (fields.is(0, "atom")) {
                expectFieldCount(10, "atom x y z element q n fx fy fz");
                ensureCapacity(atoms + 1);
                double length = units.lengthToAngstrom();
                double force = units.forceToEvPerAngstrom();
                for (int c = 0; c < 3; c++) {
                    positions[3 * atoms + c] = finite(1 + c, "coordinate") * length;
                    forces[3 * atoms + c] = number(7 + c) * force;
                }
                species[atoms] = element(4);
                charges[atoms] = number(5);
                nValues[atoms] = number(6);
                atoms++;
            } else if (fields.is(0, "lattice")) {
                expectFieldCount(4, "lattice x y z");
                if (latticeLines == 3) {
                    throw error("a fourth lattice line; a structure has exactly three (a, b, c) or none");
                }
                for (int c = 0; c < 3; c++) {
                    lattice[3 * latticeLines + c] = finite(1 + c, "lattice component") * units.lengthToAngstrom();
                }
                latticeLines++;
                lastLatticeLine = lineNumber;
            } else if (fields.is(0, "energy")) {
                expectFieldCount(2, "energy E");
                if (energy != null) {
                    throw error("a second energy line in the structure that begins on line " + beginLine + "; keep one");
                }
                energy = number(1) * units.energyToEv();
            } else if (fields.is(0, "charge")) {
                expectFieldCount(2, "charge Q");
                if (charge != null) {
                    throw error("a second charge line in the structure that begins on line " + beginLine + "; keep one");
                }
                charge = number(1);
            } else if (fields.is(0, "comment")) {
                String text = commentText(line);
                if (comment == null) {
                    comment = new StringBuilder(text);
                } else {
                    comment.append('\n').append(text);
                }
            } else if (fields.is(0, "end")) {
                expectFieldCount(1, "end");
                if (latticeLines != 0 && latticeLines != 3) {
                    throw error("the structure that begins on line " + beginLine + " has " + latticeLines
                            + " lattice line" + (latticeLines == 1 ? "" : "s") + "; give all three (a, b, c) or none");
                }
                if (atoms == 0) {
                    throw error("the structure that begins on line " + beginLine + " has no atoms");
                }
                Cell cell = latticeLines == 3 ? cell(lastLatticeLine) : Cell.none();
                return frame(atoms, cell, energy, charge, comment, beginLine);
            } else if (fields.is(0, "begin")) {
                throw error("'begin' inside the structure that begins on line " + beginLine + "; add its 'end' line");
            } else {
                throw unknownKeyword();
            }
        }
        throw new FormatException(file, lineNumber, "the file ends inside the structure that begins on line " + beginLine
                + "; add its 'end' line");
    }

    private Frame frame(int atoms, Cell cell, Double energy, Double charge, StringBuilder comment, long beginLine) {
        double[] masses = new double[atoms];
        for (int i = 0; i < atoms; i++) {
            masses[i] = species[i].mass();
        }
        Structure structure = Structure.of(
                Arrays.copyOf(species, atoms), Arrays.copyOf(positions, 3 * atoms), masses, cell);
        Labels labels = Labels.of(energy, null, Arrays.copyOf(forces, 3 * atoms), null, null);
        Map<String, InfoValue> info = new LinkedHashMap<>();
        if (comment != null) {
            info.put(COMMENT_INFO, new InfoValue.Text(comment.toString()));
        }
        if (charge != null) {
            info.put(CHARGE_INFO, new InfoValue.Real(charge));
        }
        List<AtomColumn> columns = List.of(
                new AtomColumn.Reals(CHARGES_COLUMN, 1, Arrays.copyOf(charges, atoms)),
                new AtomColumn.Reals(N_COLUMN, 1, Arrays.copyOf(nValues, atoms)));
        FrameSource source = new FrameSource(file, frameIndex++, beginLine);
        return Frame.of(structure, labels, null, info, columns, source);
    }

    private Cell cell(long lastLatticeLine) {
        try {
            return Cell.ofRowMajor(lattice, new boolean[] {true, true, true});
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, lastLatticeLine, e.getMessage());
        }
    }

    /** The comment text: everything after the keyword and one separator character, verbatim. */
    private String commentText(String line) {
        int after = fields.end(0);
        return after + 1 >= line.length() ? "" : line.substring(after + 1);
    }

    private Element element(int k) {
        String symbol = fields.text(k);
        Optional<Element> element = Element.find(symbol);
        if (element.isPresent()) {
            return element.get();
        }
        try {
            return Element.of(symbol); // throws, with a hint for a wrongly capitalised symbol
        } catch (IllegalArgumentException e) {
            throw error("field " + (k + 1) + ": " + e.getMessage());
        }
    }

    private double number(int k) {
        try {
            return fields.number(k);
        } catch (NumberFormatException e) {
            throw error("field " + (k + 1) + ": " + e.getMessage());
        }
    }

    private double finite(int k, String what) {
        double value = number(k);
        if (!Double.isFinite(value)) {
            throw error("field " + (k + 1) + ": " + what + " must be finite, got " + fields.text(k));
        }
        return value;
    }

    private void expectFieldCount(int expected, String syntax) {
        if (fields.count() != expected) {
            throw error("'" + fields.text(0) + "' line has " + fields.count() + " field" + (fields.count() == 1 ? "" : "s")
                    + ", expected " + expected + ": " + syntax);
        }
    }

    private boolean isKeyword() {
        return fields.is(0, "atom") || fields.is(0, "lattice") || fields.is(0, "energy") || fields.is(0, "charge")
                || fields.is(0, "comment") || fields.is(0, "end");
    }

    private FormatException unknownKeyword() {
        return error("unknown keyword '" + fields.text(0) + "'; expected one of: " + KEYWORDS);
    }

    private FormatException error(String message) {
        return new FormatException(file, lineNumber, message);
    }

    private void ensureCapacity(int atoms) {
        if (atoms > species.length) {
            int capacity = Math.max(atoms, 2 * species.length);
            species = Arrays.copyOf(species, capacity);
            positions = Arrays.copyOf(positions, 3 * capacity);
            forces = Arrays.copyOf(forces, 3 * capacity);
            charges = Arrays.copyOf(charges, capacity);
            nValues = Arrays.copyOf(nValues, capacity);
        }
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }
}
