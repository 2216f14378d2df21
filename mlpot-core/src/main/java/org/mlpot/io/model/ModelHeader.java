package org.mlpot.io.model;

import java.util.Objects;
import org.mlpot.io.FormatException;

/**
 * The first line of a model file:
 * {@code # mlpot model file, format 1, kind hdnnp, body 12345 bytes, sha256 <64 hex digits>}, where
 * the size and the digest are those of everything after the line's {@code \n} (the body).
 *
 * @param format the format version
 * @param kind the kind of model, such as {@code hdnnp}: lowercase letters, digits, {@code _} and {@code -}
 * @param bodyBytes the body's length in bytes
 * @param sha256 the body's SHA-256
 */
record ModelHeader(int format, String kind, long bodyBytes, String sha256) {
    /** How every model file starts. */
    static final String MAGIC = "# mlpot model file";

    ModelHeader {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        if (!isKind(kind)) {
            throw new IllegalArgumentException("a model kind is lowercase letters, digits, '_' and '-', starting with a letter; got '"
                    + kind + "'");
        }
    }

    /** Whether {@code text} is a valid kind. */
    static boolean isKind(String text) {
        if (text.isEmpty() || !(text.charAt(0) >= 'a' && text.charAt(0) <= 'z')) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The line, without its line break. */
    String line() {
        return MAGIC + ", format " + format + ", kind " + kind + ", body " + bodyBytes + " bytes, sha256 " + sha256;
    }

    /**
     * Reads a header line (without its {@code \n}).
     *
     * @param file the file name for messages
     * @throws FormatException when the line is not a model file header, or one of another format version
     */
    static ModelHeader parse(String line, String file) {
        if (!line.startsWith(MAGIC)) {
            throw notAModel(file);
        }
        String rest = line.endsWith("\r") ? line.substring(MAGIC.length(), line.length() - 1) : line.substring(MAGIC.length());
        String formatPrefix = ", format ";
        if (!rest.startsWith(formatPrefix)) {
            throw damaged(file, "the header line has no format version");
        }
        int end = formatPrefix.length();
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        int format;
        try {
            format = Integer.parseInt(rest.substring(formatPrefix.length(), end));
        } catch (NumberFormatException e) {
            throw damaged(file, "the header line has no valid format version");
        }
        if (format > ModelFiles.FORMAT) {
            throw new FormatException(file, 1, "written by a newer mlpot (model file format " + format + "); this mlpot reads format "
                    + ModelFiles.FORMAT + ": update mlpot to load this model");
        }
        if (format != ModelFiles.FORMAT) {
            throw new FormatException(file, 1, "model file format " + format + " does not exist; this mlpot reads format "
                    + ModelFiles.FORMAT + ": the header line was changed or damaged");
        }
        String[] parts = rest.substring(end).split(", ", -1);
        // parts: "", "kind K", "body B bytes", "sha256 H"
        if (parts.length != 4 || !parts[0].isEmpty() || !parts[1].startsWith("kind ") || !parts[2].startsWith("body ")
                || !parts[2].endsWith(" bytes") || !parts[3].startsWith("sha256 ")) {
            throw damaged(file, "the header line should read '" + MAGIC + ", format 1, kind <kind>, body <n> bytes, sha256 <digest>'");
        }
        String kind = parts[1].substring("kind ".length());
        if (!isKind(kind)) {
            throw damaged(file, "the header line names an invalid model kind '" + kind + "'");
        }
        long bytes;
        try {
            bytes = Long.parseLong(parts[2].substring("body ".length(), parts[2].length() - " bytes".length()));
        } catch (NumberFormatException e) {
            throw damaged(file, "the header line has no valid body size");
        }
        String sha256 = parts[3].substring("sha256 ".length());
        if (bytes < 0 || !Sha256.isDigest(sha256)) {
            throw damaged(file, "the header line has no valid body size or SHA-256");
        }
        return new ModelHeader(format, kind, bytes, sha256);
    }

    /** The error for a file that is not a model file at all. */
    static FormatException notAModel(String file) {
        return new FormatException(file, 1, "not an mlpot model file: a model file starts with '" + MAGIC
                + "' (it is written by mlpot when training or converting a model); check that you passed the model and not a "
                + "data or spec file");
    }

    /** The error for a header that is damaged. */
    static FormatException damaged(String file, String what) {
        return new FormatException(file, 1, what + "; the model file is damaged: use an intact copy or write it again");
    }
}
