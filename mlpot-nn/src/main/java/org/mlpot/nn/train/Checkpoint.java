package org.mlpot.nn.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.mlpot.io.InputException;

/**
 * The complete state of a training run after a whole epoch, from which {@code --resume} continues
 * to exactly the model an uninterrupted run would give: parameters, the best parameters so far and
 * the early-stopping counters, the optimiser's state and the metrics of every epoch. Each epoch's
 * shuffle is drawn from the seed and the epoch number, so no random-generator state is needed.
 *
 * <p>File: a magic line, format version, the run's fingerprint (a hash of spec, data and seed that a
 * resumed run must match), the state, and a CRC-32 of everything before it. Written to a temporary
 * file, forced to disk and moved over the previous checkpoint in one step, so a run killed at any
 * moment leaves either the old or the new checkpoint, never a broken one.
 *
 * @param fingerprint identifies the run
 * @param epochs the epochs done
 * @param parameters the current parameters
 * @param best the parameters of the best epoch so far
 * @param bestEpoch the best epoch so far (0 before any)
 * @param bestLoss its selection loss
 * @param stopped whether early stopping has ended the run
 * @param optimizerState the optimiser's state, as it wrote it
 * @param history the metrics of every epoch done
 */
record Checkpoint(String fingerprint, int epochs, double[] parameters, double[] best, int bestEpoch, double bestLoss,
                  boolean stopped, byte[] optimizerState, List<EpochMetrics> history) {

    private static final String MAGIC = "mlpot training checkpoint";
    private static final int VERSION = 1;

    Checkpoint {
        history = List.copyOf(history);
    }

    /** Writes the checkpoint atomically over {@code file}. */
    void write(Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeInt(epochs);
            writeArray(out, parameters);
            writeArray(out, best);
            out.writeInt(bestEpoch);
            out.writeDouble(bestLoss);
            out.writeBoolean(stopped);
            out.writeInt(optimizerState.length);
            out.write(optimizerState);
            out.writeInt(history.size());
            for (EpochMetrics m : history) {
                out.writeInt(m.epoch());
                out.writeDouble(m.learningRate());
                writeErrors(out, m.train());
                out.writeBoolean(m.validation() != null);
                if (m.validation() != null) {
                    writeErrors(out, m.validation());
                }
                out.writeDouble(m.seconds());
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a checkpoint.
     *
     * @throws InputException when the file is missing, not a checkpoint, damaged, of another format
     *     version, or from another run (spec, data or seed differ)
     */
    static Checkpoint read(Path file, String expectedFingerprint) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot read the checkpoint " + file + " (" + e.getMessage()
                    + "); to start afresh, run without --resume");
        }
        if (content.length < 8) {
            throw damaged(file, "it is only " + content.length + " bytes long");
        }
        CRC32 crc = new CRC32();
        crc.update(content, 0, content.length - 8);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            String magic;
            try {
                magic = in.readUTF();
            } catch (IOException e) {
                throw damaged(file, "it does not start like a checkpoint");
            }
            if (!MAGIC.equals(magic)) {
                throw new InputException(file + " is not an mlpot training checkpoint");
            }
            long stored = java.nio.ByteBuffer.wrap(content, content.length - 8, 8).getLong();
            if (stored != crc.getValue()) {
                throw damaged(file, "its checksum does not match");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new InputException("the checkpoint " + file + " has format " + version + "; this mlpot resumes format "
                        + VERSION + " only: train afresh without --resume");
            }
            String fingerprint = in.readUTF();
            if (!fingerprint.equals(expectedFingerprint)) {
                throw new InputException("the checkpoint " + file + " belongs to another run (the spec, the data or the seed"
                        + " differ): resume with the same inputs, or train afresh without --resume");
            }
            int epochs = in.readInt();
            double[] parameters = readArray(in);
            double[] best = readArray(in);
            int bestEpoch = in.readInt();
            double bestLoss = in.readDouble();
            boolean stopped = in.readBoolean();
            byte[] optimizer = new byte[in.readInt()];
            in.readFully(optimizer);
            int rows = in.readInt();
            List<EpochMetrics> history = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                int epoch = in.readInt();
                double rate = in.readDouble();
                ErrorSums train = readErrors(in);
                ErrorSums validation = in.readBoolean() ? readErrors(in) : null;
                history.add(new EpochMetrics(epoch, rate, train, validation, in.readDouble()));
            }
            return new Checkpoint(fingerprint, epochs, parameters, best, bestEpoch, bestLoss, stopped, optimizer, history);
        } catch (EOFException e) {
            throw damaged(file, "it ends early");
        } catch (IOException e) {
            throw damaged(file, e.getMessage());
        }
    }

    private static InputException damaged(Path file, String why) {
        return new InputException("the checkpoint " + file + " is damaged (" + why + "); delete it and train afresh");
    }

    private static void writeErrors(DataOutputStream out, ErrorSums e) throws IOException {
        out.writeDouble(e.loss());
        out.writeDouble(e.energySquared());
        out.writeInt(e.energies());
        out.writeDouble(e.forceSquared());
        out.writeLong(e.forceComponents());
    }

    private static ErrorSums readErrors(DataInputStream in) throws IOException {
        return new ErrorSums(in.readDouble(), in.readDouble(), in.readInt(), in.readDouble(), in.readLong());
    }

    static void writeArray(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    static double[] readArray(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("implausible array length " + length);
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    static void readArrayInto(DataInputStream in, double[] target) throws IOException {
        double[] values = readArray(in);
        if (values.length != target.length) {
            throw new IOException("expected " + target.length + " values, found " + values.length);
        }
        System.arraycopy(values, 0, target, 0, values.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && fingerprint.equals(c.fingerprint) && epochs == c.epochs
                && Arrays.equals(parameters, c.parameters) && Arrays.equals(best, c.best) && bestEpoch == c.bestEpoch
                && Double.compare(bestLoss, c.bestLoss) == 0 && stopped == c.stopped
                && Arrays.equals(optimizerState, c.optimizerState) && history.equals(c.history);
    }

    @Override
    public int hashCode() {
        return 31 * fingerprint.hashCode() + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "checkpoint after epoch " + epochs + " of " + fingerprint;
    }
}
