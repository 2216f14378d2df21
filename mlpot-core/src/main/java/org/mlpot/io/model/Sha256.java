package org.mlpot.io.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.mlpot.io.InputException;

/** SHA-256 digests as 64 lowercase hexadecimal digits: of model bodies and of training data files. */
public final class Sha256 {
    private static final int BUFFER = 1 << 16;

    private Sha256() {
    }

    /**
     * The digest of {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @param bytes not modified
     */
    public static String of(byte[] bytes, int offset, int length) {
        Objects.requireNonNull(bytes, "bytes is null");
        MessageDigest digest = newDigest();
        digest.update(bytes, offset, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of a file's contents, read in blocks.
     *
     * @throws InputException when the file does not exist
     * @throws UncheckedIOException when it cannot be read
     */
    public static String ofFile(Path file) {
        Objects.requireNonNull(file, "file is null");
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code text} looks like a digest: exactly 64 lowercase hexadecimal digits. */
    public static boolean isDigest(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
