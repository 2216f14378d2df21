package org.mlpot.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.potential.Stress;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Structure;
import org.mlpot.units.Units;

/**
 * Writes extended XYZ files that ASE ({@code ase.io.read(f, index=':')}) and {@link ExtXyzReader}
 * read back with identical values; files whose name ends in {@code .gz} are gzip-compressed. Not
 * thread-safe.
 *
 * <p>Comment line: {@code Lattice} (rows a, b, c; only when the cell has vectors),
 * {@code Properties}, then {@code energy}, {@code free_energy}, {@code stress} (nine values
 * row-major in eV/Å³ with ASE's sign, {@code σ = (1/V) ∂E/∂ε}, as ASE 3.22 writes it), the frame's
 * info entries in order, and always {@code pbc="T T F"}. Columns: {@code species}, {@code pos},
 * {@code masses} (only when some mass differs from the element's standard mass), {@code momenta}
 * (when the frame has velocities: {@code p = v · }{@link Units#ASE_TIME}{@code · m}, amu·Å per ASE
 * time unit; reading back gives the velocities to within a few ulp), the extra columns in order,
 * {@code forces}, {@code energies}. Reals are written with {@link Double#toString(double)} (or
 * {@code nan}, {@code inf}), so every double reads back bit for bit.
 *
 * <p>As with ASE, a string info value that looks like a number or a boolean (such as
 * {@code "300"} or {@code "T"}) reads back as that number or boolean, and a list of one element
 * reads back as a single value. Frames that cannot be written faithfully are refused with an
 * {@link IllegalArgumentException}: an info key that clashes with a label or cell key, an empty
 * string or list, a line break in a string, an extra column named like a known column, a string
 * column value with whitespace, or an integer column value outside 32 bits (ASE reads integer
 * columns as 32-bit and would wrap it silently).
 */
public final class ExtXyzWriter implements FrameWriter {
    private static final Set<String> RESERVED_KEYS =
            Set.of("Lattice", "pbc", "Properties", "energy", "free_energy", "stress", "virial");

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    private ExtXyzWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    }

    /**
     * Creates (or replaces) a file, gzip-compressed when its name ends in {@code .gz}.
     *
     * @throws UncheckedIOException when the file cannot be created
     */
    public static ExtXyzWriter open(Path file) {
        Objects.requireNonNull(file, "file is null");
        try {
            OutputStream stream = Files.newOutputStream(file);
            if (file.getFileName() != null && file.getFileName().toString().endsWith(".gz")) {
                stream = new GZIPOutputStream(stream, 1 << 16);
            }
            return new ExtXyzWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a character stream, which {@link #close()} closes. */
    public static ExtXyzWriter of(Writer out) {
        return new ExtXyzWriter(Objects.requireNonNull(out, "out is null"));
    }

    /**
     * Appends one frame.
     *
     * @throws IllegalArgumentException when the frame cannot be written faithfully (see the class comment)
     */
    @Override
    public void write(Frame frame) {
        Objects.requireNonNull(frame, "frame is null");
        Structure structure = frame.structure();
        Labels labels = frame.labels();
        int n = structure.size();
        checkColumns(frame);
        double[] velocities = frame.velocities().orElse(null);
        double[] forces = labels.forces().orElse(null);
        double[] atomEnergies = labels.atomEnergies().orElse(null);
        boolean writeMasses = hasNonStandardMasses(structure);
        String comment = commentLine(frame, writeMasses, velocities != null);
        try {
            out.write(Integer.toString(n));
            out.write('\n');
            out.write(comment);
            out.write('\n');
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                line.append(structure.species(i).symbol());
                for (int d = 0; d < 3; d++) {
                    appendReal(structure.position(i, d));
                }
                if (writeMasses) {
                    appendReal(structure.mass(i));
                }
                if (velocities != null) {
                    double scale = Units.ASE_TIME * structure.mass(i);
                    for (int d = 0; d < 3; d++) {
                        appendReal(velocities[3 * i + d] * scale);
                    }
                }
                for (AtomColumn column : frame.columns()) {
                    appendColumn(column, i);
                }
                if (forces != null) {
                    for (int d = 0; d < 3; d++) {
                        appendReal(forces[3 * i + d]);
                    }
                }
                if (atomEnergies != null) {
                    appendReal(atomEnergies[i]);
                }
                line.append('\n');
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write frame: " + e.getMessage(), e);
        }
    }

    private static void checkColumns(Frame frame) {
        Set<String> names = new HashSet<>();
        for (AtomColumn column : frame.columns()) {
            String name = column.name();
            if (ExtXyzProperties.isReserved(name)) {
                throw new IllegalArgumentException("extra column '" + name + "' has the name of a column the extxyz reader interprets; rename it");
            }
            if (name.isEmpty() || name.indexOf(':') >= 0 || !ExtXyzKeyValues.quote(name, "column name").equals(name)) {
                throw new IllegalArgumentException("column name '" + name + "' cannot be written in Properties (no ':', spaces, quotes or brackets)");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("two extra columns are named '" + name + "'");
            }
            if (column instanceof AtomColumn.Integers ints) {
                for (long v : ints.values()) {
                    if (v != (int) v) {
                        throw new IllegalArgumentException("integer column '" + name + "' holds " + v
                                + ", outside the 32-bit range that ASE reads extxyz integer columns into; write it as a real column");
                    }
                }
            }
            if (column instanceof AtomColumn.Texts texts) {
                for (String v : texts.values()) {
                    if (v == null || v.isEmpty() || hasSpace(v)) {
                        throw new IllegalArgumentException("string column '" + name + "' has the value '" + v
                                + "'; extxyz string columns need non-empty values without whitespace");
                    }
                }
            }
        }
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DecimalParser.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNonStandardMasses(Structure structure) {
        for (int i = 0; i < structure.size(); i++) {
            if (structure.mass(i) != structure.species(i).mass()) {
                return true;
            }
        }
        return false;
    }

    private static String commentLine(Frame frame, boolean writeMasses, boolean writeMomenta) {
        Cell cell = frame.structure().cell();
        Labels labels = frame.labels();
        StringBuilder sb = new StringBuilder(256);
        if (cell.hasVectors()) {
            sb.append("Lattice=\"");
            double[] m = cell.toRowMajor();
            for (int k = 0; k < 9; k++) {
                sb.append(k == 0 ? "" : " ").append(ExtXyzKeyValues.formatReal(m[k]));
            }
            sb.append("\" ");
        }
        sb.append("Properties=species:S:1:pos:R:3");
        if (writeMasses) {
            sb.append(":masses:R:1");
        }
        if (writeMomenta) {
            sb.append(":momenta:R:3");
        }
        for (AtomColumn column : frame.columns()) {
            sb.append(':').append(column.name()).append(':').append(typeOf(column)).append(':').append(column.width());
        }
        if (labels.hasForces()) {
            sb.append(":forces:R:3");
        }
        if (labels.atomEnergies().isPresent()) {
            sb.append(":energies:R:1");
        }
        labels.energy().ifPresent(e -> sb.append(" energy=").append(ExtXyzKeyValues.formatReal(e)));
        labels.freeEnergy().ifPresent(e -> sb.append(" free_energy=").append(ExtXyzKeyValues.formatReal(e)));
        labels.stress().ifPresent(s -> appendStress(sb, s));
        for (Map.Entry<String, InfoValue> entry : frame.info().entrySet()) {
            String key = entry.getKey();
            if (RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException("info key '" + key + "' clashes with the extxyz " + key
                        + " entry; put the value in the frame's cell or labels, or rename the key");
            }
            sb.append(' ').append(ExtXyzKeyValues.quote(key, "info key"))
                    .append('=').append(ExtXyzKeyValues.format(entry.getValue(), key));
        }
        sb.append(" pbc=\"");
        for (int k = 0; k < 3; k++) {
            sb.append(k == 0 ? "" : " ").append(cell.isPeriodic(k) ? 'T' : 'F');
        }
        return sb.append('"').toString();
    }

    private static void appendStress(StringBuilder sb, Stress stress) {
        sb.append(" stress=\"");
        double[] m = stress.toRowMajor();
        for (int k = 0; k < 9; k++) {
            sb.append(k == 0 ? "" : " ").append(ExtXyzKeyValues.formatReal(m[k]));
        }
        sb.append('"');
    }

    private static char typeOf(AtomColumn column) {
        if (column instanceof AtomColumn.Reals) {
            return 'R';
        } else if (column instanceof AtomColumn.Integers) {
            return 'I';
        } else if (column instanceof AtomColumn.Bools) {
            return 'L';
        }
        return 'S';
    }

    private void appendColumn(AtomColumn column, int atom) {
        int width = column.width();
        for (int d = 0; d < width; d++) {
            int k = atom * width + d;
            if (column instanceof AtomColumn.Reals r) {
                appendReal(r.values()[k]);
            } else if (column instanceof AtomColumn.Integers ints) {
                line.append(' ').append(ints.values()[k]);
            } else if (column instanceof AtomColumn.Bools bools) {
                line.append(' ').append(bools.values()[k] ? 'T' : 'F');
            } else if (column instanceof AtomColumn.Texts texts) {
                line.append(' ').append(texts.values()[k]);
            }
        }
    }

    private void appendReal(double v) {
        line.append(' ');
        if (Double.isFinite(v)) {
            line.append(v);
        } else {
            line.append(ExtXyzKeyValues.formatReal(v));
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the extxyz output: " + e.getMessage(), e);
        }
    }
}
