package org.mlpot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.mlpot.api.Model;
import org.mlpot.gp.train.GaussianProcessResult;
import org.mlpot.io.model.DataFileDigest;
import org.mlpot.io.model.Provenance;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.nn.train.TrainingResult;
import org.mlpot.potential.Potential;

/**
 * Writes trained models with their provenance and loads model files of every kind this build knows,
 * through the embedding API's {@link Model} (the one implementation of both).
 */
final class ModelStore {
    /** The file name ending of model files. */
    static final String EXTENSION = ".mlpmodel";

    private ModelStore() {
    }

    /** Writes a trained network with the spec text, the data files' hashes and frame counts, the seed and the version. */
    static void writeNeuralNetwork(Path modelFile, TrainingResult result, Path specFile, List<DataFileDigest> digests) {
        Model.of(result.potential(), provenance(specFile, digests, result.seed())).save(modelFile);
    }

    /** Writes a fitted Gaussian process with its provenance. */
    static void writeGaussianProcess(Path modelFile, GaussianProcessResult result, Path specFile, List<DataFileDigest> digests) {
        Model.of(result.potential(), provenance(specFile, digests, result.seed())).save(modelFile);
    }

    private static Provenance provenance(Path specFile, List<DataFileDigest> digests, long seed) {
        String specText;
        try {
            specText = Files.readString(specFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + specFile + " again to store it in the model: " + e.getMessage(), e);
        }
        return new Provenance(specText, digests, seed, VersionProvider.version(), Instant.now());
    }

    /** Writes a converted network (no spec, no training data). */
    static void writeConverted(Path modelFile, NeuralNetworkPotential potential) {
        Model.of(potential, new Provenance("", List.of(), 0, VersionProvider.version(), Instant.now())).save(modelFile);
    }

    /**
     * The potential in a model file, after checking its header, version and checksum.
     *
     * @throws org.mlpot.io.InputException when the file is not a model file this build reads
     */
    static Potential load(Path file, int threads) {
        return Model.load(file, threads).potential();
    }
}
