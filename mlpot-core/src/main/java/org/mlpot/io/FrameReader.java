package org.mlpot.io;

import java.io.Closeable;
import java.util.Iterator;
import org.mlpot.data.Frame;

/**
 * Reads frames one at a time, so a file larger than memory is never loaded whole. Not thread-safe.
 * {@link #next()} and {@link #hasNext()} throw {@link FormatException} (naming file and line) for
 * malformed input and {@link java.io.UncheckedIOException} for I/O failures.
 */
public interface FrameReader extends Iterator<Frame>, Closeable {
    @Override
    void close();

    /**
     * How many bytes of the file have been read so far (of the file as stored: compressed bytes for
     * a gzip file), for progress and its ETA; -1 when the reader does not read a file. Reading runs
     * ahead of the frames returned by a buffer's length.
     */
    default long bytesRead() {
        return -1;
    }
}
