package org.mlpot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mlpot.descriptor.ConcatenatedDescriptor;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.soap.SoapDescriptor;
import org.mlpot.descriptor.soap.SoapSettings;
import org.mlpot.gp.GaussianProcessModelFile;
import org.mlpot.gp.GaussianProcessPotential;
import org.mlpot.gp.LoadedGaussianProcessModel;
import org.mlpot.gp.kernel.DotProductKernel;
import org.mlpot.gp.kernel.Kernel;
import org.mlpot.gp.kernel.KernelCodec;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.gp.kernel.SumKernel;
import org.mlpot.io.InputException;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.Provenance;
import org.mlpot.nn.DenseNetwork;
import org.mlpot.nn.LoadedNeuralNetworkModel;
import org.mlpot.nn.NeuralNetworkModelFile;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.structure.Element;

/**
 * What a model file holds, as {@code mlpot info} shows it: the file's format and checksum, the
 * model's name, elements and descriptor, its architecture (networks or Gaussian process), where it
 * comes from, and the training errors logged beside it.
 *
 * @param file the model file
 * @param kind the model kind in the header ({@code hdnnp} or {@code gap})
 * @param format the model file format version
 * @param sha256 the SHA-256 of the body, as the header gives it and the loader verified
 * @param name the model's name
 * @param elements the elements in the descriptor's order
 * @param descriptor the descriptor in words: type, settings, cutoff
 * @param cutoff the largest cutoff, Å
 * @param features the number of features per element, in the order of {@code elements}
 * @param architecture the networks or the Gaussian process
 * @param provenance the spec, data, seed, version and date the model was made with
 * @param training the training errors logged beside the model; empty when none were recorded
 */
record ModelInfo(Path file, String kind, int format, String sha256, String name, List<Element> elements, String descriptor,
                 double cutoff, List<Integer> features, Architecture architecture, Provenance provenance,
                 Optional<TrainingLog> training) {

    /** Checks and copies the arguments. */
    ModelInfo {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(name, "name is null");
        elements = List.copyOf(elements);
        Objects.requireNonNull(descriptor, "descriptor is null");
        features = List.copyOf(features);
        Objects.requireNonNull(architecture, "architecture is null");
        Objects.requireNonNull(provenance, "provenance is null");
        Objects.requireNonNull(training, "training is null");
    }

    /** The networks of a neural-network potential or the sparse points and kernel of a Gaussian process. */
    sealed interface Architecture permits Networks, GaussianProcess {
    }

    /**
     * The atomic networks of a neural-network potential.
     *
     * @param networks one per element, in the order of the elements
     */
    record Networks(List<Network> networks) implements Architecture {
        /** Copies the list. */
        Networks {
            networks = List.copyOf(networks);
        }

        /** The weights and biases of all networks together. */
        long parameters() {
            return networks.stream().mapToLong(Network::parameters).sum();
        }
    }

    /**
     * One element's network.
     *
     * @param element the element
     * @param layerSizes the neurons per layer, input first, output (1) last
     * @param activations the activation of each layer after the input, lowercase names
     * @param parameters its weights and biases
     */
    record Network(Element element, List<Integer> layerSizes, List<String> activations, long parameters) {
        /** Copies the lists. */
        Network {
            layerSizes = List.copyOf(layerSizes);
            activations = List.copyOf(activations);
        }
    }

    /**
     * A sparse Gaussian process.
     *
     * @param kernel the kernel in words
     * @param kernelJson the kernel as the model file stores it
     * @param sparsePoints sparse points per element, in the order of the elements
     * @param energyUncertaintyScale the factor on predicted energy standard deviations
     * @param forceUncertaintyScale the factor on predicted force standard deviations
     */
    record GaussianProcess(String kernel, ObjectNode kernelJson, List<Integer> sparsePoints, double energyUncertaintyScale,
                           double forceUncertaintyScale) implements Architecture {
        /** Copies the list. */
        GaussianProcess {
            Objects.requireNonNull(kernel, "kernel is null");
            Objects.requireNonNull(kernelJson, "kernelJson is null");
            sparsePoints = List.copyOf(sparsePoints);
        }
    }

    /**
     * Reads {@code file} with the loader of its kind, which checks its header, format version and
     * checksum, and the training log beside it.
     *
     * @throws InputException when the file is missing or holds a kind this build cannot read
     * @throws org.mlpot.io.FormatException when it is not a model file or is damaged
     */
    static ModelInfo read(Path file) {
        String kind = ModelFiles.kind(file);
        if (NeuralNetworkModelFile.KIND.equals(kind)) {
            LoadedNeuralNetworkModel loaded = NeuralNetworkModelFile.read(file, 1);
            NeuralNetworkPotential potential = loaded.potential();
            List<Element> elements = potential.descriptor().elements();
            List<Network> networks = new ArrayList<>();
            for (int s = 0; s < elements.size(); s++) {
                networks.add(network(elements.get(s), potential.network(s)));
            }
            return of(file, kind, potential.name(), potential.descriptor(), new Networks(networks), loaded.provenance());
        }
        if (GaussianProcessModelFile.KIND.equals(kind)) {
            LoadedGaussianProcessModel loaded = GaussianProcessModelFile.read(file, 1);
            GaussianProcessPotential potential = loaded.potential();
            List<Integer> sparse = new ArrayList<>();
            for (Element e : potential.descriptor().elements()) {
                sparse.add(potential.weights(e).length);
            }
            GaussianProcess process = new GaussianProcess(describe(potential.kernel()), KernelCodec.write(potential.kernel()),
                    sparse, potential.uncertaintyScales().energy(), potential.uncertaintyScales().force());
            return of(file, kind, potential.name(), potential.descriptor(), process, loaded.provenance());
        }
        throw new InputException(file + " holds a model of kind '" + kind
                + "', which this mlpot cannot read; use an mlpot that has that model family");
    }

    private static ModelInfo of(Path file, String kind, String name, Descriptor descriptor, Architecture architecture,
                                Provenance provenance) {
        List<Integer> features = new ArrayList<>();
        for (Element e : descriptor.elements()) {
            features.add(descriptor.size(e));
        }
        return new ModelInfo(file, kind, ModelFiles.FORMAT, headerDigest(file), name, descriptor.elements(), describe(descriptor),
                descriptor.cutoff(), features, architecture, provenance, TrainingLog.read(file));
    }

    private static Network network(Element element, DenseNetwork network) {
        List<Integer> sizes = new ArrayList<>();
        for (int size : network.layerSizes()) {
            sizes.add(size);
        }
        List<String> activations = new ArrayList<>();
        for (int l = 1; l < sizes.size(); l++) {
            activations.add(network.activation(l).name().toLowerCase(Locale.ROOT));
        }
        return new Network(element, sizes, activations, network.parameterCount());
    }

    /** The body's SHA-256 from the header line, which the loader has already parsed and verified. */
    private static String headerDigest(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine().strip();
            return header.substring(header.lastIndexOf(' ') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A descriptor in words: {@code acsf, cutoff 4.5 Å}, {@code soap n_max 4 l_max 3 σ 0.5 Å, cutoff 3.8 Å}, parts joined by +. */
    static String describe(Descriptor descriptor) {
        if (descriptor instanceof ConcatenatedDescriptor concatenated) {
            List<String> parts = new ArrayList<>();
            for (Descriptor part : concatenated.parts()) {
                parts.add(describe(part));
            }
            return String.join(" + ", parts);
        }
        String cutoff = ", cutoff " + Numbers.compact(descriptor.cutoff()) + " Å";
        if (descriptor instanceof SymmetryFunctions) {
            return "acsf (symmetry functions)" + cutoff;
        }
        if (descriptor instanceof SoapDescriptor soap) {
            SoapSettings s = soap.settings();
            return "soap (n_max " + s.nMax() + ", l_max " + s.lMax() + ", σ " + Numbers.compact(s.atomSigma()) + " Å, transition "
                    + Numbers.compact(s.cutoffTransitionWidth()) + " Å)" + cutoff;
        }
        return descriptor.getClass().getSimpleName() + cutoff;
    }

    /** A kernel in words: {@code dot_product, ζ 4, δ 0.5 eV}; a sum lists its terms, one per descriptor. */
    static String describe(Kernel kernel) {
        if (kernel instanceof DotProductKernel d) {
            return "dot_product, ζ " + Numbers.compact(d.zeta()) + ", δ " + Numbers.compact(d.delta()) + " eV";
        }
        if (kernel instanceof SquaredExponentialKernel e) {
            return "squared_exponential, length scale " + Numbers.compact(e.lengthScale()) + ", δ " + Numbers.compact(e.delta())
                    + " eV";
        }
        if (kernel instanceof SumKernel sum) {
            List<String> terms = new ArrayList<>();
            for (Kernel term : sum.terms()) {
                terms.add(describe(term));
            }
            return String.join(" + ", terms) + " (one per descriptor)";
        }
        return kernel.toString();
    }
}
