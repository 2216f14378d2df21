package org.mlpot.io;

import java.io.Closeable;
import org.mlpot.data.Frame;

/** Writes frames one at a time. Not thread-safe; {@link java.io.UncheckedIOException} on I/O failure. */
public interface FrameWriter extends Closeable {
    /** Appends one frame. */
    void write(Frame frame);

    @Override
    void close();
}
