package org.mlpot.data;

/**
 * Where a frame came from, for error messages: {@code si.xyz: frame 12 (line 845)}.
 *
 * @param file the file name as the user gave it
 * @param index 0-based frame index within the file
 * @param line 1-based line where the frame starts, or 0 when unknown
 */
public record FrameSource(String file, int index, long line) {

    /** A frame that was built in memory, not read from a file. */
    public static final FrameSource IN_MEMORY = new FrameSource("<memory>", 0, 0);

    @Override
    public String toString() {
        return file + ": frame " + index + (line > 0 ? " (line " + line + ")" : "");
    }
}
