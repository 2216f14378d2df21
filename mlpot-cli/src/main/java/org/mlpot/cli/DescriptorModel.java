package org.mlpot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.N2p2SymmetryFunctionReader;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.N2p2ScalingSettings;
import org.mlpot.descriptor.scaling.ScalingDataFile;
import org.mlpot.io.InputException;
import org.mlpot.io.N2p2Units;

/**
 * The descriptor of a model, and its feature scaling when the model has one. Today a model is an
 * n2p2 potential: its folder or its {@code input.nn} (symmetry functions), with {@code scaling.data}
 * beside it.
 *
 * @param descriptor the descriptor
 * @param scaling the scaling, if the model has statistics
 */
record DescriptorModel(Descriptor descriptor, Optional<FeatureScaling> scaling) {

    /** Reads an n2p2 potential from its folder or {@code input.nn}, with lengths in the given units. */
    static DescriptorModel read(Path model, N2p2Units units) {
        if (model.getFileName() != null && model.getFileName().toString().endsWith(ModelStore.EXTENSION)) {
            org.mlpot.potential.Potential potential = ModelStore.load(model, 1);
            if (potential instanceof org.mlpot.nn.NeuralNetworkPotential network) {
                return new DescriptorModel(network.descriptor(), Optional.of(network.scaling()));
            }
            if (potential instanceof org.mlpot.gp.GaussianProcessPotential process) {
                return new DescriptorModel(process.descriptor(), Optional.empty());
            }
            throw new InputException(model + ": a model of a kind whose descriptor this command cannot read");
        }
        Path inputNn = Files.isDirectory(model) ? model.resolve("input.nn") : model;
        if (!Files.isRegularFile(inputNn)) {
            throw new InputException(model + ": no n2p2 potential here; give its folder or its input.nn");
        }
        Descriptor descriptor = N2p2SymmetryFunctionReader.read(inputNn, units.lengthToAngstrom());
        Path scalingData = inputNn.resolveSibling("scaling.data");
        Optional<FeatureScaling> scaling = Files.isRegularFile(scalingData)
                ? Optional.of(N2p2ScalingSettings.read(inputNn).scaling(ScalingDataFile.read(scalingData, descriptor)))
                : Optional.empty();
        return new DescriptorModel(descriptor, scaling);
    }
}
