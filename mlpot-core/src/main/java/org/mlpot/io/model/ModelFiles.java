package org.mlpot.io.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;

/**
 * The model file: one UTF-8 text file holding a trained model, whatever its kind. The first line is
 * a header, {@code # mlpot model file, format 1, kind hdnnp, body 12345 bytes, sha256 <digest>};
 * the rest, the body, is a JSON object of two members, {@code provenance} ({@link Provenance}) and
 * {@code model} (written and read by the model's own code, such as mlpot-nn's
 * {@code NeuralNetworkModelFile}), laid out one value per line so that models diff well
 * ({@link ModelJson}). {@code tail -n +2 model | jq} shows the body.
 *
 * <p>Reading checks, in this order, and refuses with a {@link FormatException} naming the file and
 * saying what to do: that the file starts with the header (else it is not a model file), the
 * format version (a newer one needs a newer mlpot), the kind (where the caller expects one), the
 * body's size (a shorter body means a truncated file) and its SHA-256 (any changed byte), and
 * finally that the body is the JSON it should be. Writing is atomic: the file is written under a
 * temporary name in the same folder, flushed to disk and moved into place, so a crash never leaves a
 * half-written model under the real name.
 */
public final class ModelFiles {
    /** The format version this mlpot writes and reads. */
    public static final int FORMAT = 1;
    /** A header is short; {@link #kind(Path)} reads no further than this. */
    private static final int MAX_HEADER_BYTES = 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ModelFiles() {
    }

    /**
     * Writes a model file atomically, replacing any file of that name.
     *
     * @param kind the kind of model, such as {@code hdnnp}: lowercase letters, digits, {@code _} and {@code -}
     * @param model the model-specific JSON object (numbers must be finite: build it with {@link ModelJson}); not modified
     * @throws InputException when the folder does not exist
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, String kind, Provenance provenance, ObjectNode model) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(provenance, "provenance is null");
        Objects.requireNonNull(model, "model is null");
        ObjectNode root = ModelJson.object();
        root.set("provenance", ProvenanceCodec.write(provenance));
        root.set("model", model);
        byte[] body = ModelJson.print(root).getBytes(StandardCharsets.UTF_8);
        ModelHeader header = new ModelHeader(FORMAT, kind, body.length, Sha256.of(body, 0, body.length));
        byte[] headerLine = (header.line() + "\n").getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, headerLine, body);
    }

    private static void writeAtomically(Path file, byte[] header, byte[] body) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (ByteBuffer buffer : new ByteBuffer[] {ByteBuffer.wrap(header), ByteBuffer.wrap(body)}) {
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
                out.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (NoSuchFileException e) {
            throw new InputException("cannot write " + file + ": the folder " + folder + " does not exist; create it first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the write already failed; the stray temporary file is all that is left
                }
            }
        }
    }

    /**
     * The kind of model in {@code file} (such as {@code hdnnp}), from its header line alone: cheap,
     * for choosing the reader. The body is checked only when the model is read.
     *
     * @throws InputException when the file does not exist
     * @throws FormatException when it is not a model file, or one of a newer format
     * @throws UncheckedIOException when it cannot be read
     */
    public static String kind(Path file) {
        Objects.requireNonNull(file, "file is null");
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(MAX_HEADER_BYTES);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return header(start, file.toString()).kind();
    }

    /**
     * Reads and checks a model file of the kind {@code expectedKind}.
     *
     * @throws InputException when the file does not exist
     * @throws FormatException naming the file when it is not a model file, is of a newer format or
     *     another kind, is truncated or damaged, or its body is not the JSON it should be
     * @throws UncheckedIOException when it cannot be read
     */
    public static StoredModel read(Path file, String expectedKind) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(expectedKind, "expectedKind is null");
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ModelHeader header = header(bytes, name);
        if (!header.kind().equals(expectedKind)) {
            throw new FormatException(name, 1, "this is a '" + header.kind() + "' model, not a '" + expectedKind
                    + "' model; load it with the reader for " + header.kind() + " models");
        }
        int bodyStart = indexOfNewline(bytes, bytes.length) + 1;
        long bodyLength = bytes.length - bodyStart;
        if (bodyLength < header.bodyBytes()) {
            throw new FormatException(name, 0, "truncated: the header promises a body of " + header.bodyBytes()
                    + " bytes but only " + bodyLength + " follow; the file was cut off while being written or copied: "
                    + "use an intact copy or write it again");
        }
        if (bodyLength > header.bodyBytes()) {
            throw new FormatException(name, 0, "damaged: the header promises a body of " + header.bodyBytes() + " bytes but "
                    + bodyLength + " follow (something was added or line endings were converted): use an intact copy or write it again");
        }
        String sha256 = Sha256.of(bytes, bodyStart, bytes.length - bodyStart);
        if (!sha256.equals(header.sha256())) {
            throw new FormatException(name, 0, "checksum mismatch: the body's SHA-256 is " + sha256 + " but the header says "
                    + header.sha256() + "; the file was changed or damaged after it was written (an edit, a disk or transfer "
                    + "error): use an intact copy or write it again");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes, bodyStart, bytes.length - bodyStart);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long line = where == null || where.getLineNr() < 1 ? 0 : where.getLineNr() + 1;
            throw new FormatException(name, line, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new FormatException(name, 0, "the body is empty; the model file is damaged: use an intact copy or write it again");
        }
        ModelNode body = new ModelNode(root, name, "");
        Provenance provenance = ProvenanceCodec.read(body.field("provenance"));
        ModelNode model = body.field("model");
        model.fieldNames(); // must be an object
        return new StoredModel(header.kind(), provenance, model);
    }

    /** The header of a file that starts with {@code bytes}. */
    private static ModelHeader header(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new FormatException(name, 0, "the file is empty, not an mlpot model file; a model file is written by mlpot "
                    + "when training or converting a model");
        }
        byte[] magic = ModelHeader.MAGIC.getBytes(StandardCharsets.US_ASCII);
        for (int k = 0; k < magic.length; k++) {
            if (k >= bytes.length || bytes[k] != magic[k]) {
                if (k >= bytes.length) {
                    throw ModelHeader.damaged(name, "the file ends within its header line");
                }
                throw ModelHeader.notAModel(name);
            }
        }
        int newline = indexOfNewline(bytes, Math.min(bytes.length, MAX_HEADER_BYTES));
        if (newline < 0) {
            throw ModelHeader.damaged(name, bytes.length < MAX_HEADER_BYTES ? "the file ends within its header line"
                    : "the header line is longer than " + MAX_HEADER_BYTES + " bytes");
        }
        return ModelHeader.parse(new String(bytes, 0, newline, StandardCharsets.UTF_8), name);
    }

    private static int indexOfNewline(byte[] bytes, int limit) {
        for (int k = 0; k < limit; k++) {
            if (bytes[k] == '\n') {
                return k;
            }
        }
        return -1;
    }
}
