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
import picocli.CommandLine.Option;

/** {@code --in} and {@code --frame}: the one structure a simulation or relaxation starts from. */
final class StartOptions {
    @Option(names = {"--in", "--data"}, required = true, paramLabel = "FILE", description = "Start structure (extxyz or n2p2).")
    Path input;

    @Option(names = "--frame", defaultValue = "0", paramLabel = "N",
            description = "Which frame of the input to start from: 0 the first, -1 the last (default: ${DEFAULT-VALUE}).")
    int frame;

    /**
     * The chosen frame, streamed so only a few frames are held, and checked for elements the
     * potential does not know and for overlapping atoms.
     *
     * @throws InputException when the file has no such frame or the frame is refused
     */
    Frame read(FileOptions files, Potential potential) {
        Frame chosen = null;
        int count = 0;
        int keep = frame < 0 ? -frame : 0;
        ArrayDeque<Frame> tail = new ArrayDeque<>();
        try (FrameReader reader = files.reader(input)) {
            while (reader.hasNext()) {
                Frame next = reader.next();
                if (frame >= 0 && count == frame) {
                    chosen = next;
                    break;
                }
                if (frame < 0) {
                    tail.addLast(next);
                    if (tail.size() > keep) {
                        tail.removeFirst();
                    }
                }
                count++;
            }
        }
        if (frame < 0 && tail.size() == keep) {
            chosen = tail.peekFirst();
        }
        if (chosen == null) {
            throw new InputException(input + ": has " + count + " frame" + (count == 1 ? "" : "s")
                    + ", so there is no frame " + frame + " (0 is the first, -1 the last)");
        }
        DataChecks.defaults().withAllowedElements(potential.elements()).check(Dataset.of(input.toString(), List.of(chosen)));
        return chosen;
    }
}
