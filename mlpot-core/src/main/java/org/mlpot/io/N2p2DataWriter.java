package org.mlpot.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.mlpot.data.AtomColumn;
import org.mlpot.data.Frame;
import org.mlpot.data.InfoValue;
import org.mlpot.data.Labels;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Structure;

/**
 * Writes n2p2's {@code input.data} format, the inverse of {@link N2p2DataReader}: one
 * {@code begin … end} block per frame with, in this order, the comment line(s), three
 * {@code lattice} lines for a fully periodic cell, one {@code atom} line per atom, {@code energy}
 * when the frame has one and {@code charge} when its info has one.
 *
 * <p>Values are converted from Å, eV and eV/Å by dividing by the {@link N2p2Units} factors and
 * written with {@link Double#toString(double)}, which n2p2's {@code atof} reads back to the same
 * double (without conversion, a round trip is exact). The atom fields {@code q} and {@code n} come
 * from the real columns {@value N2p2DataReader#CHARGES_COLUMN} and {@value N2p2DataReader#N_COLUMN}
 * and are 0 when the frame lacks them. Forces are 0 when the frame has none, because the format
 * cannot mark them as absent. The info entry {@value N2p2DataReader#COMMENT_INFO} (text, one comment
 * line per {@code '\n'}-separated piece) and {@value N2p2DataReader#CHARGE_INFO} (a number) are
 * written; other info entries, other columns, velocities, stress, free and atom energies have no
 * place in the format and are dropped.
 *
 * <p>A frame with a cell that is periodic along only some axes cannot be written (n2p2 knows only
 * fully periodic and non-periodic structures) and is refused with an {@link InputException}; a
 * cell with vectors but no periodic axis is written without lattice lines.
 */
public final class N2p2DataWriter implements FrameWriter {
    private final Writer out;
    private final String file;
    private final N2p2Units units;
    private final StringBuilder buffer = new StringBuilder(256);

    private N2p2DataWriter(Writer writer, String file, N2p2Units units) {
        this.out = Objects.requireNonNull(writer, "writer is null");
        this.file = Objects.requireNonNull(file, "file is null");
        this.units = Objects.requireNonNull(units, "units is null");
    }

    /**
     * Creates (or replaces) a file, UTF-8.
     *
     * @param file the file
     * @param units the units to write in
     * @throws UncheckedIOException when the file cannot be created
     */
    public static N2p2DataWriter create(Path file, N2p2Units units) {
        Objects.requireNonNull(file, "file is null");
        try {
            return new N2p2DataWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), file.toString(), units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes to a character stream; {@link #close()} closes it.
     *
     * @param writer where the text goes
     * @param name the name used in error messages, such as a file name
     * @param units the units to write in
     */
    public static N2p2DataWriter of(Writer writer, String name, N2p2Units units) {
        return new N2p2DataWriter(writer instanceof BufferedWriter ? writer : new BufferedWriter(writer), name, units);
    }

    /**
     * Appends one frame.
     *
     * @throws InputException when the frame's cell is periodic along only some axes, or its info
     *     entries {@code comment} or {@code charge} have an unusable type
     */
    @Override
    public void write(Frame frame) {
        Objects.requireNonNull(frame, "frame is null");
        Structure structure = frame.structure();
        Cell cell = structure.cell();
        if (cell.anyPeriodic() && !cell.fullyPeriodic()) {
            throw new InputException(frame.source() + ": cannot write to " + file + ": n2p2 structures are fully periodic"
                    + " or not periodic, but this cell has pbc=" + Arrays.toString(cell.pbc())
                    + "; make the cell fully periodic (add vacuum along the open axis) or write another format");
        }
        double length = units.lengthToAngstrom();
        double energyUnit = units.energyToEv();
        double forceUnit = units.forceToEvPerAngstrom();

        InfoValue comment = frame.info().get(N2p2DataReader.COMMENT_INFO);
        if (comment != null && !(comment instanceof InfoValue.Text)) {
            throw badInfo(frame, N2p2DataReader.COMMENT_INFO, "text", comment);
        }
        InfoValue charge = frame.info().get(N2p2DataReader.CHARGE_INFO);
        if (charge != null && !(charge instanceof InfoValue.Real || charge instanceof InfoValue.Integer)) {
            throw badInfo(frame, N2p2DataReader.CHARGE_INFO, "number", charge);
        }

        buffer.append("begin\n");
        if (comment instanceof InfoValue.Text text) {
            for (String piece : text.value().split("\n", -1)) {
                buffer.append("comment ").append(piece).append('\n');
            }
        }
        if (cell.fullyPeriodic()) {
            for (int k = 0; k < 3; k++) {
                buffer.append("lattice");
                for (int c = 0; c < 3; c++) {
                    field(cell.get(k, c) / length);
                }
                buffer.append('\n');
            }
        }
        double[] charges = column(frame, N2p2DataReader.CHARGES_COLUMN);
        double[] nValues = column(frame, N2p2DataReader.N_COLUMN);
        Labels labels = frame.labels();
        boolean hasForces = labels.hasForces();
        for (int i = 0; i < structure.size(); i++) {
            buffer.append("atom");
            for (int c = 0; c < 3; c++) {
                field(structure.position(i, c) / length);
            }
            buffer.append(' ').append(structure.species(i).symbol());
            field(charges == null ? 0.0 : charges[i]);
            field(nValues == null ? 0.0 : nValues[i]);
            for (int c = 0; c < 3; c++) {
                field(hasForces ? labels.force(3 * i + c) / forceUnit : 0.0);
            }
            buffer.append('\n');
            flushIfLarge();
        }
        OptionalDouble energy = labels.energy();
        if (energy.isPresent()) {
            buffer.append("energy");
            field(energy.getAsDouble() / energyUnit);
            buffer.append('\n');
        }
        if (charge instanceof InfoValue.Real r) {
            buffer.append("charge");
            field(r.value());
            buffer.append('\n');
        } else if (charge instanceof InfoValue.Integer n) {
            buffer.append("charge ").append(n.value()).append('\n');
        }
        buffer.append("end\n");
        flush();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** The values of a one-wide real column of that name, or null when the frame has none. */
    private static double[] column(Frame frame, String name) {
        for (AtomColumn column : frame.columns()) {
            if (column.name().equals(name) && column instanceof AtomColumn.Reals reals && reals.width() == 1) {
                return reals.values();
            }
        }
        return null;
    }

    private InputException badInfo(Frame frame, String key, String expected, InfoValue actual) {
        return new InputException(frame.source() + ": cannot write to " + file + ": info entry '" + key
                + "' must be a " + expected + " for n2p2, got " + actual);
    }

    private void field(double value) {
        buffer.append(' ').append(value);
    }

    private void flushIfLarge() {
        if (buffer.length() > 8192) {
            flush();
        }
    }

    private void flush() {
        try {
            out.append(buffer);
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
