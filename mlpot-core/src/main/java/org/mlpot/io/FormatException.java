package org.mlpot.io;

/**
 * A file that does not follow its format. The message starts with {@code file:line:} so that
 * editors and users can jump to the spot.
 */
public class FormatException extends InputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /**
     * @param file the file name as the user gave it
     * @param line 1-based line number, or 0 when the problem is not on one line
     * @param message what is wrong, and how to fix it where that is clear
     */
    public FormatException(String file, long line, String message) {
        super((line > 0 ? file + ":" + line + ": " : file + ": ") + message);
        this.file = file;
        this.line = line;
    }

    /** The file name. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0. */
    public long line() {
        return line;
    }
}
