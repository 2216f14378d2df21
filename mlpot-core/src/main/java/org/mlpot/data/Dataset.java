package org.mlpot.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mlpot.io.FrameReader;

/**
 * A named, immutable list of frames, such as the contents of a training file or one part of a
 * {@link Split}. The name appears in messages and reports (usually the file name).
 */
public final class Dataset {
    private final String name;
    private final List<Frame> frames;
    private final long atoms;

    private Dataset(String name, List<Frame> frames) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.frames = List.copyOf(Objects.requireNonNull(frames, "frames is null"));
        long total = 0;
        for (Frame frame : this.frames) {
            total += frame.structure().size();
        }
        this.atoms = total;
    }

    /**
     * A data set of these frames, in this order.
     *
     * @param name a name for messages, such as the file name
     * @param frames the frames; copied (the list, not the immutable frames)
     */
    public static Dataset of(String name, List<Frame> frames) {
        return new Dataset(name, frames);
    }

    /**
     * Reads every remaining frame of a reader. The data set is named after the file of the first
     * frame's {@link FrameSource} ({@code "<empty>"} when there is none). The reader is not closed.
     *
     * @throws org.mlpot.io.FormatException when the input is malformed
     */
    public static Dataset read(FrameReader reader) {
        Objects.requireNonNull(reader, "reader is null");
        List<Frame> frames = new ArrayList<>();
        while (reader.hasNext()) {
            frames.add(reader.next());
        }
        return new Dataset(frames.isEmpty() ? "<empty>" : frames.get(0).source().file(), frames);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The number of frames. */
    public int size() {
        return frames.size();
    }

    /** Whether there are no frames. */
    public boolean isEmpty() {
        return frames.isEmpty();
    }

    /** Frame {@code i} (0-based). */
    public Frame get(int i) {
        return frames.get(i);
    }

    /** All frames, in order (unmodifiable). */
    public List<Frame> frames() {
        return frames;
    }

    /** The total number of atoms over all frames. */
    public long atoms() {
        return atoms;
    }

    /**
     * The frames at these indices, in the order given, under the same name. An index may repeat
     * (as in a bootstrap sample).
     *
     * @param indices 0-based frame indices; not modified
     * @throws IndexOutOfBoundsException when an index is outside {@code [0, size())}
     */
    public Dataset select(int[] indices) {
        Objects.requireNonNull(indices, "indices is null");
        List<Frame> selected = new ArrayList<>(indices.length);
        for (int index : indices) {
            Objects.checkIndex(index, frames.size());
            selected.add(frames.get(index));
        }
        return new Dataset(name, selected);
    }

    /** This data set under another name. */
    public Dataset withName(String newName) {
        return new Dataset(newName, frames);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + frames.size() + " frames, " + atoms + " atoms]";
    }
}
