package org.mlpot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mlpot.io.FrameReader;

/**
 * Progress through structure files measured in their bytes, so that it has a rate and an ETA even
 * though the number of frames is not known in advance; the frames so far ride along in the message.
 */
final class FileProgress implements AutoCloseable {
    private final Progress progress;
    private long finishedBytes;
    private long frames;

    private FileProgress(Progress progress) {
        this.progress = progress;
    }

    /** Starts progress over {@code files} (their sizes as stored; a size that cannot be read counts 0). */
    static FileProgress start(CommonOptions common, String task, List<Path> files, PrintWriter err) {
        long total = 0;
        for (Path file : files) {
            total += size(file);
        }
        return new FileProgress(common.progress(task, kilobytes(total), "kB", err));
    }

    /** Counts one more frame, {@code reader} being where the file's reading has got to. */
    void frameDone(FrameReader reader) {
        frames++;
        long read = Math.max(0, reader.bytesRead());
        progress.stepTo(kilobytes(finishedBytes + read), ", " + frames + " frames");
    }

    /** Marks {@code file} as read to its end. */
    void fileDone(Path file) {
        finishedBytes += size(file);
    }

    @Override
    public void close() {
        progress.close();
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
