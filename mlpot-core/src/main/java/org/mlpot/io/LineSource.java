package org.mlpot.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a text stream line by line into one reused character buffer, counting lines from 1, so that
 * readers can tokenize without allocating a string per line. Line ends are {@code \n}, {@code \r\n}
 * and {@code \r}, as in Python's universal newlines.
 */
final class LineSource implements Closeable {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private char[] line = new char[256];
    private int length;
    private long number;
    private boolean afterCarriageReturn;

    LineSource(Reader in) {
        this.in = Objects.requireNonNull(in, "in is null");
    }

    /** Reads the next line; {@code false} at the end of the stream. */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) {
                        number++;
                        return true;
                    }
                    return false;
                }
            }
            char c = buffer[position++];
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n') {
                number++;
                return true;
            }
            if (c == '\r') {
                afterCarriageReturn = true;
                number++;
                return true;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, 2 * line.length);
            }
            line[length++] = c;
        }
    }

    /** The characters of the current line (only the first {@link #length()} are valid; reused). */
    char[] chars() {
        return line;
    }

    /** The length of the current line, without its line end. */
    int length() {
        return length;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** The current line as a string. */
    String text() {
        return new String(line, 0, length);
    }

    /** Whether the current line has only whitespace. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (!DecimalParser.isSpace(line[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
