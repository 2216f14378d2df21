package org.mlpot.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mlpot.data.Frame;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.ExtXyzWriter;
import org.mlpot.io.FormatException;
import org.mlpot.io.FrameWriter;
import org.mlpot.io.InputException;

/**
 * Reads and writes extended XYZ files as ASE does (energies in eV, forces in eV/Å, stress in eV/Å³
 * with ASE's sign, velocities from momenta). Files whose name ends in {@code .gz} are
 * gzip-compressed. Malformed input is refused with a {@link FormatException} naming file and line.
 */
public final class ExtXyz {

    private ExtXyz() {
    }

    /**
     * All frames of a file, in order.
     *
     * @throws InputException when the file does not exist
     * @throws FormatException naming file and line when it is malformed
     */
    public static List<Frame> read(Path file) {
        Objects.requireNonNull(file, "file is null");
        List<Frame> frames = new ArrayList<>();
        try (ExtXyzReader reader = ExtXyzReader.open(file)) {
            reader.forEachRemaining(frames::add);
        }
        return frames;
    }

    /**
     * The frames of a file, read one at a time as the stream is consumed, so that a file larger than
     * memory can be processed. Close the stream (try-with-resources) to close the file.
     *
     * @throws InputException when the file does not exist
     */
    public static Stream<Frame> stream(Path file) {
        Objects.requireNonNull(file, "file is null");
        ExtXyzReader reader = ExtXyzReader.open(file);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(reader::close);
    }

    /**
     * Writes frames to a file, creating or replacing it.
     *
     * @param frames not modified
     * @throws IllegalArgumentException when a frame cannot be written faithfully (such as an info key
     *     that clashes with a label)
     */
    public static void write(Path file, List<Frame> frames) {
        Objects.requireNonNull(frames, "frames is null");
        try (FrameWriter writer = writer(file)) {
            for (Frame frame : frames) {
                writer.write(frame);
            }
        }
    }

    /** A writer that creates or replaces {@code file} and appends frames one at a time; close it when done. */
    public static FrameWriter writer(Path file) {
        Objects.requireNonNull(file, "file is null");
        return ExtXyzWriter.open(file);
    }
}
