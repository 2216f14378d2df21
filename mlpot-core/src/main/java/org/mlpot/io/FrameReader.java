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
}
