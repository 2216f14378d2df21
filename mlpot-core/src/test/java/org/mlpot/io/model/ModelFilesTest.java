package org.mlpot.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;

/** The model file container: header, size, checksum, version, atomic writing, provenance, bit-exact numbers. */
class ModelFilesTest {
    static final String SPEC = "# silicon.mlpot\nmodel si {\n  elements Si\n  cutoff 6.0 Å\n}\n";

    @TempDir
    Path folder;

    static Provenance provenance() {
        return new Provenance(SPEC, List.of(
                new DataFileDigest("data/si-train.xyz", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 120),
                new DataFileDigest("data/si \"valid\".xyz", "f".repeat(64), 0)),
                -7L, "0.1.0-SNAPSHOT", Instant.parse("2025-03-04T05:06:07.123456789Z"));
    }

    private Path writeToy(String name) {
        ObjectNode model = ModelJson.object();
        model.put("answer", 42);
        model.set("values", ModelJson.numbers(new double[] {1.5, -0.0, 1e-300}));
        Path file = folder.resolve(name);
        ModelFiles.write(file, "toy", provenance(), model);
        return file;
    }

    @Test
    void writesReadsAndKeepsProvenance() throws IOException {
        Path file = writeToy("toy.model");
        StoredModel stored = ModelFiles.read(file, "toy");
        assertEquals("toy", stored.kind());
        assertEquals(provenance(), stored.provenance());
        assertEquals(SPEC, stored.provenance().specText());
        assertEquals(42, stored.model().field("answer").integer());
        assertEquals("toy", ModelFiles.kind(file));
        String text = Files.readString(file);
        assertTrue(text.startsWith("# mlpot model file, format 1, kind toy, body "), text);
        assertTrue(text.contains("\"values\": [1.5, -0.0, 1.0E-300]"), text);
        assertTrue(text.contains("\"  elements Si\""), "the spec is stored line by line: " + text);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void emptySpecAndNoDataRoundTrip() {
        Provenance bare = new Provenance("", List.of(), 0, "0.1.0", Instant.EPOCH);
        Path file = folder.resolve("bare.model");
        ModelFiles.write(file, "toy", bare, ModelJson.object());
        assertEquals(bare, ModelFiles.read(file, "toy").provenance());
    }

    @Test
    void replacesAnExistingFile() {
        Path file = writeToy("toy.model");
        ModelFiles.write(file, "other", provenance(), ModelJson.object());
        assertEquals("other", ModelFiles.kind(file));
    }

    @Test
    void doublesRoundTripBitForBit() {
        Random random = new Random(3);
        double[] values = new double[2000];
        for (int k = 0; k < values.length; k++) {
            values[k] = Double.longBitsToDouble(random.nextLong()); // every exponent, NaN payloads aside
            if (Double.isNaN(values[k])) {
                values[k] = random.nextGaussian();
            }
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            1.0 / 3.0, 0.1, 1e23, 9007199254740993.0, 2.0 / 3.0 * 1e-310, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        System.arraycopy(special, 0, values, 0, special.length);
        ObjectNode model = ModelJson.object();
        model.set("values", ModelJson.numbers(values));
        Path file = folder.resolve("numbers.model");
        ModelFiles.write(file, "toy", provenance(), model);
        double[] back = ModelFiles.read(file, "toy").model().field("values").reals();
        assertEquals(values.length, back.length);
        for (int k = 0; k < values.length; k++) {
            assertEquals(Double.doubleToRawLongBits(values[k]), Double.doubleToRawLongBits(back[k]), "value " + k + ": " + values[k]);
        }
    }

    @Test
    void aFlippedByteIsACorruptFile() throws IOException {
        Path file = writeToy("toy.model");
        byte[] bytes = Files.readAllBytes(file);
        int at = bytes.length - 20; // in the body
        bytes[at] ^= 0x01;
        Files.write(file, bytes);
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertTrue(e.getMessage().startsWith(file + ": checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("use an intact copy or write it again"), e.getMessage());
    }

    @Test
    void aTruncatedFileSaysSo() throws IOException {
        Path file = writeToy("toy.model");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertTrue(e.getMessage().startsWith(file + ": truncated: the header promises a body of "), e.getMessage());

        int newline = new String(bytes, StandardCharsets.UTF_8).indexOf('\n');
        Files.write(file, Arrays.copyOf(bytes, newline - 10));
        e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertEquals(file + ":1: the file ends within its header line; the model file is damaged: use an intact copy or write it again",
                e.getMessage());
    }

    @Test
    void extraBytesAreRefused() throws IOException {
        Path file = writeToy("toy.model");
        Files.writeString(file, "\n", java.nio.file.StandardOpenOption.APPEND);
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertTrue(e.getMessage().startsWith(file + ": damaged: the header promises a body of "), e.getMessage());
    }

    @Test
    void aNewerFormatAsksForANewerMlpot() throws IOException {
        Path file = writeToy("toy.model");
        String text = Files.readString(file).replace("format 1,", "format 2,");
        Files.writeString(file, text);
        String expected = file + ":1: written by a newer mlpot (model file format 2); this mlpot reads format 1: update mlpot to load this model";
        assertEquals(expected, assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy")).getMessage());
        assertEquals(expected, assertThrows(FormatException.class, () -> ModelFiles.kind(file)).getMessage());
        // a future format may change everything after the version
        Files.writeString(file, "# mlpot model file, format 17; whatever comes next\n{}");
        assertTrue(assertThrows(FormatException.class, () -> ModelFiles.kind(file)).getMessage().contains("(model file format 17)"));
    }

    @Test
    void anotherFileIsNotAModel() throws IOException {
        Path xyz = folder.resolve("si.xyz");
        Files.writeString(xyz, "2\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3\nSi 0 0 0\nSi 1 1 1\n");
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(xyz, "toy"));
        assertTrue(e.getMessage().startsWith(xyz + ":1: not an mlpot model file: a model file starts with '# mlpot model file'"),
                e.getMessage());
        assertThrows(FormatException.class, () -> ModelFiles.kind(xyz));

        Path empty = folder.resolve("empty.model");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(FormatException.class, () -> ModelFiles.kind(empty)).getMessage()
                .startsWith(empty + ": the file is empty, not an mlpot model file"));

        Path binary = folder.resolve("weights.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertTrue(assertThrows(FormatException.class, () -> ModelFiles.kind(binary)).getMessage().contains("not an mlpot model file"));

        assertThrows(InputException.class, () -> ModelFiles.read(folder.resolve("missing.model"), "toy"));
        assertThrows(InputException.class, () -> ModelFiles.kind(folder.resolve("missing.model")));
    }

    @Test
    void aModelOfAnotherKindIsRefused() {
        Path file = writeToy("toy.model");
        assertEquals(file + ":1: this is a 'toy' model, not a 'hdnnp' model; load it with the reader for toy models",
                assertThrows(FormatException.class, () -> ModelFiles.read(file, "hdnnp")).getMessage());
    }

    @Test
    void aDamagedHeaderIsRefused() throws IOException {
        Path file = writeToy("toy.model");
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst(", body ", ", bodies "));
        assertTrue(assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy")).getMessage()
                .startsWith(file + ":1: the header line should read "));
    }

    @Test
    void windowsLineEndingsBreakTheChecksumAndAreNamed() throws IOException {
        Path file = writeToy("toy.model");
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertTrue(e.getMessage().contains("line endings were converted"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonNamesTheLine() throws IOException {
        // a correct header over a broken body: what a buggy writer would leave
        byte[] body = "{\n  \"provenance\": {\n  ]\n}\n".getBytes(StandardCharsets.UTF_8);
        String header = "# mlpot model file, format 1, kind toy, body " + body.length + " bytes, sha256 " + Sha256.of(body, 0, body.length);
        Path file = folder.resolve("broken.model");
        Files.write(file, (header + "\n" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        FormatException e = assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy"));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("the body is not valid JSON"), e.getMessage());
    }

    @Test
    void aMissingMemberIsNamedByItsPath() throws IOException {
        byte[] body = "{\"provenance\": {\"mlpot_version\": \"0.1\", \"created\": \"yesterday\"}, \"model\": {}}\n"
                .getBytes(StandardCharsets.UTF_8);
        String header = "# mlpot model file, format 1, kind toy, body " + body.length + " bytes, sha256 " + Sha256.of(body, 0, body.length);
        Path file = folder.resolve("odd.model");
        Files.write(file, (header + "\n" + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": provenance.created: expected an ISO-8601 time such as 2025-01-31T12:00:00Z, got 'yesterday'",
                assertThrows(FormatException.class, () -> ModelFiles.read(file, "toy")).getMessage());
    }

    @Test
    void refusesAWriteIntoAMissingFolder() {
        assertThrows(InputException.class, () -> ModelFiles.write(folder.resolve("no/such/folder/m.model"), "toy", provenance(),
                ModelJson.object()));
    }

    @Test
    void dataFileDigestHashesTheFile() throws IOException {
        Path data = folder.resolve("data.xyz");
        Files.writeString(data, "abc");
        DataFileDigest digest = DataFileDigest.of(data, 3);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest.sha256(), "SHA-256 of 'abc' (FIPS 180-2)");
        assertEquals(data.toString(), digest.path());
        assertThrows(IllegalArgumentException.class, () -> new DataFileDigest("x", "ABC", 1));
    }
}
