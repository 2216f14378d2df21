package org.mlpot.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The structure-file formats mlpot reads and writes, and how to tell them from a file name. */
public enum FrameFormat {
    /** Extended XYZ as ASE writes it ({@code .xyz}, {@code .extxyz}, optionally {@code .gz}). */
    EXTXYZ,
    /** n2p2's {@code input.data} ({@code input.data} or any {@code *.data}). */
    N2P2;

    /**
     * The format a file name implies: {@code *.xyz}, {@code *.extxyz} (also gzip-compressed) are
     * extended XYZ; {@code input.data} and {@code *.data} are n2p2.
     *
     * @throws InputException when the name says nothing, with a hint to name the format
     */
    public static FrameFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".xyz") || name.endsWith(".extxyz")) {
            return EXTXYZ;
        }
        if (name.endsWith(".data")) {
            return N2P2;
        }
        throw new InputException(file + ": cannot tell the format from the file name; name it *.xyz / *.extxyz "
                + "(extended XYZ) or *.data (n2p2), or name the format explicitly (on the command line: --format or --out-format extxyz|n2p2)");
    }

    /**
     * Opens a reader for {@code file}.
     *
     * @param n2p2Units the units of n2p2 files (ignored for extended XYZ, which is always eV and Å)
     * @throws InputException when the file does not exist or is not a regular file
     */
    public FrameReader openReader(Path file, N2p2Units n2p2Units) {
        Objects.requireNonNull(n2p2Units, "n2p2Units is null");
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        return switch (this) {
            case EXTXYZ -> ExtXyzReader.open(file);
            case N2P2 -> N2p2DataReader.open(file, n2p2Units);
        };
    }

    /**
     * Opens a writer that creates or replaces {@code file}.
     *
     * @param n2p2Units the units of n2p2 files (ignored for extended XYZ)
     */
    public FrameWriter openWriter(Path file, N2p2Units n2p2Units) {
        Objects.requireNonNull(n2p2Units, "n2p2Units is null");
        return switch (this) {
            case EXTXYZ -> ExtXyzWriter.open(file);
            case N2P2 -> N2p2DataWriter.create(file, n2p2Units);
        };
    }
}
