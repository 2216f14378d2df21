package org.mlpot.io.model;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.mlpot.io.InputException;

/**
 * One data file a model was trained on, identified by its contents.
 *
 * @param path the path as the user gave it (in the spec or on the command line)
 * @param sha256 the SHA-256 of the file's bytes, 64 lowercase hexadecimal digits
 * @param frames the number of frames (structures) used from it, not negative
 */
public record DataFileDigest(String path, String sha256, long frames) {

    /** Checks the arguments. */
    public DataFileDigest {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        if (!Sha256.isDigest(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hexadecimal digits, got '" + sha256 + "'");
        }
        if (frames < 0) {
            throw new IllegalArgumentException("frames must not be negative, got " + frames);
        }
    }

    /**
     * The digest of {@code file} as it is now, recorded under {@code file.toString()}.
     *
     * @param frames the number of frames used from it
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException when it cannot be read
     */
    public static DataFileDigest of(Path file, long frames) {
        return new DataFileDigest(file.toString(), Sha256.ofFile(file), frames);
    }
}
