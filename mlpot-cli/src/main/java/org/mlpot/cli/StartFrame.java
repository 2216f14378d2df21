package org.mlpot.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.mlpot.data.DataChecks;
import org.mlpot.data.Dataset;
import org.mlpot.data.Frame;
import org.mlpot.io.FrameReader;
import org.mlpot.io.InputException;
import org.mlpot.potential.Potential;

/** Picks one frame of a structure file for commands that start from a single structure. */
final class StartFrame {

    private StartFrame() {
    }

    /**
     * Frame {@code index} of the file (0 is the first, −1 the last), streamed so only a few frames
     * are held, and checked for elements the potential does not know and overlapping atoms.
     *
     * @throws InputException when the file has no such frame or the frame is refused
     */
    static Frame read(FileOptions files, Path file, int index, Potential potential) {
        Frame chosen = null;
        int count = 0;
        int keep = index < 0 ? -index : 0;
        ArrayDeque<Frame> tail = new ArrayDeque<>();
        try (FrameReader reader = files.reader(file)) {
            while (reader.hasNext()) {
                Frame frame = reader.next();
                if (index >= 0 && count == index) {
                    chosen = frame;
                    break;
                }
                if (index < 0) {
                    tail.addLast(frame);
                    if (tail.size() > keep) {
                        tail.removeFirst();
                    }
                }
                count++;
            }
        }
        if (index < 0 && tail.size() == keep) {
            chosen = tail.peekFirst();
        }
        if (chosen == null) {
            throw new InputException(file + ": has " + count + " frame" + (count == 1 ? "" : "s")
                    + ", so there is no frame " + index + " (0 is the first, -1 the last)");
        }
        DataChecks.defaults().withAllowedElements(potential.elements()).check(Dataset.of(file.toString(), List.of(chosen)));
        return chosen;
    }
}
