package org.mlpot.nn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.io.model.DescriptorCodec;
import org.mlpot.io.model.FeatureScalingCodec;
import org.mlpot.io.model.ModelFiles;
import org.mlpot.io.model.ModelJson;
import org.mlpot.io.model.ModelNode;
import org.mlpot.io.model.Provenance;
import org.mlpot.structure.Element;

/**
 * A {@link NeuralNetworkPotential} in an mlpot model file ({@link ModelFiles}) of kind
 * {@value #KIND}. The {@code model} object of the body holds
 * <ul>
 *   <li>{@code name} and {@code elements}, the descriptor's element order, which orders the networks
 *       and the scaling;</li>
 *   <li>{@code descriptor} ({@link DescriptorCodec}) and {@code scaling} ({@link FeatureScalingCodec});</li>
 *   <li>{@code energy_normalization}: {@code mean_energy}, {@code conv_energy}, {@code energy_to_ev} and
 *       {@code atom_energies} by chemical symbol (see {@link EnergyNormalization});</li>
 *   <li>{@code networks}, one per element in order: {@code element}, {@code layer_sizes}
 *       ({@code n_0 … n_L}) and {@code layers}, each with {@code activation} (an {@link Activation}
 *       name), {@code weights} ({@code n_l} rows, row k the {@code n_{l−1}} weights into neuron k) and
 *       {@code biases}.</li>
 * </ul>
 * Every double reads back bit for bit, so a potential read back gives exactly the energies, forces
 * and stresses of the one written.
 */
public final class NeuralNetworkModelFile {
    /** The model kind in the header of a neural-network potential's model file. */
    public static final String KIND = "hdnnp";

    private NeuralNetworkModelFile() {
    }

    /**
     * Writes {@code potential} and its provenance to {@code file}, atomically (replacing any file of that name).
     *
     * @throws IllegalArgumentException when the potential's descriptor cannot be stored
     * @throws InputException when the folder does not exist
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, NeuralNetworkPotential potential, Provenance provenance) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(provenance, "provenance is null");
        Descriptor descriptor = potential.descriptor();
        List<Element> elements = descriptor.elements();
        ObjectNode model = ModelJson.object();
        model.put("name", potential.name());
        DescriptorCodec.writeInto(model, descriptor);
        model.set("scaling", FeatureScalingCodec.write(potential.scaling()));
        model.set("energy_normalization", writeNormalization(potential.normalization(), elements));
        ArrayNode networks = model.putArray("networks");
        for (int s = 0; s < elements.size(); s++) {
            ObjectNode network = writeNetwork(potential.network(s));
            networks.addObject().put("element", elements.get(s).symbol()).setAll(network);
        }
        ModelFiles.write(file, KIND, provenance, model);
    }

    /**
     * Reads a potential evaluated with all available processors.
     *
     * @throws InputException when the file does not exist
     * @throws FormatException naming the file when it is not a model file, is of a newer format or
     *     another kind, is truncated or damaged, or does not describe a valid potential
     * @throws UncheckedIOException when it cannot be read
     */
    public static LoadedNeuralNetworkModel read(Path file) {
        return read(file, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads a potential.
     *
     * @param threads threads for the descriptor (1 evaluates in the calling thread)
     * @throws InputException when the file does not exist
     * @throws FormatException naming the file when it is not a model file, is of a newer format or
     *     another kind, is truncated or damaged, or does not describe a valid potential
     * @throws UncheckedIOException when it cannot be read
     */
    public static LoadedNeuralNetworkModel read(Path file, int threads) {
        Objects.requireNonNull(file, "file is null");
        var stored = ModelFiles.read(file, KIND);
        ModelNode model = stored.model();
        String name = model.field("name").text();
        Descriptor descriptor = DescriptorCodec.readFrom(model);
        List<Element> elements = descriptor.elements();
        FeatureScaling scaling = FeatureScalingCodec.read(model.field("scaling"));
        EnergyNormalization normalization = readNormalization(model.field("energy_normalization"));
        ModelNode networksNode = model.field("networks");
        List<ModelNode> entries = networksNode.items();
        if (entries.size() != elements.size()) {
            throw networksNode.error(elements.size() + " elements need as many networks, got " + entries.size());
        }
        List<DenseNetwork> networks = new ArrayList<>();
        for (int s = 0; s < entries.size(); s++) {
            ModelNode entry = entries.get(s);
            ModelNode element = entry.field("element");
            if (element.element() != elements.get(s)) {
                throw element.error("network " + s + " must be the one of " + elements.get(s).symbol() + " (the elements' order), got "
                        + element.text());
            }
            networks.add(readNetwork(entry));
        }
        try {
            return new LoadedNeuralNetworkModel(new NeuralNetworkPotential(name, descriptor, scaling, networks, normalization, threads),
                    stored.provenance());
        } catch (IllegalArgumentException e) {
            throw model.error(e.getMessage());
        }
    }

    private static ObjectNode writeNormalization(EnergyNormalization normalization, List<Element> elements) {
        ObjectNode node = ModelJson.object();
        node.set("mean_energy", ModelJson.number(normalization.meanEnergy()));
        node.set("conv_energy", ModelJson.number(normalization.convEnergy()));
        node.set("energy_to_ev", ModelJson.number(normalization.energyToEv()));
        ObjectNode atomEnergies = node.putObject("atom_energies");
        List<Element> order = new ArrayList<>(elements);
        normalization.atomEnergies().keySet().stream().filter(e -> !elements.contains(e)).sorted().forEach(order::add);
        for (Element e : order) {
            Double energy = normalization.atomEnergies().get(e);
            if (energy != null) {
                atomEnergies.set(e.symbol(), ModelJson.number(energy));
            }
        }
        return node;
    }

    private static EnergyNormalization readNormalization(ModelNode node) {
        Map<Element, Double> atomEnergies = new HashMap<>();
        ModelNode energies = node.field("atom_energies");
        for (String symbol : energies.fieldNames()) {
            ModelNode value = energies.field(symbol);
            Element element = Element.find(symbol).orElseThrow(() -> value.error("'" + symbol + "' is not a chemical symbol"));
            atomEnergies.put(element, value.real());
        }
        try {
            return new EnergyNormalization(node.field("mean_energy").real(), node.field("conv_energy").real(), atomEnergies,
                    node.field("energy_to_ev").real());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static ObjectNode writeNetwork(DenseNetwork network) {
        int[] sizes = network.layerSizes();
        ObjectNode node = ModelJson.object();
        node.set("layer_sizes", ModelJson.integers(sizes));
        ArrayNode layers = node.putArray("layers");
        for (int l = 1; l < sizes.length; l++) {
            ObjectNode layer = layers.addObject();
            layer.put("activation", network.activation(l).name());
            ArrayNode rows = layer.putArray("weights");
            double[] biases = new double[sizes[l]];
            for (int k = 0; k < sizes[l]; k++) {
                double[] row = new double[sizes[l - 1]];
                for (int j = 0; j < row.length; j++) {
                    row[j] = network.weight(l, j, k);
                }
                rows.add(ModelJson.numbers(row));
                biases[k] = network.bias(l, k);
            }
            layer.set("biases", ModelJson.numbers(biases));
        }
        return node;
    }

    private static DenseNetwork readNetwork(ModelNode node) {
        ModelNode sizesNode = node.field("layer_sizes");
        int[] sizes = sizesNode.integers();
        List<ModelNode> layers = node.field("layers").items();
        if (sizes.length < 2 || layers.size() != sizes.length - 1) {
            throw node.error(sizes.length + " layer sizes need " + Math.max(sizes.length - 1, 1) + " layers, got " + layers.size());
        }
        for (int size : sizes) {
            if (size < 1) {
                throw sizesNode.error("layer sizes must be positive");
            }
        }
        Activation[] activations = new Activation[layers.size()];
        double[][] weights = new double[layers.size()][];
        double[][] biases = new double[layers.size()][];
        for (int l = 1; l < sizes.length; l++) {
            ModelNode layer = layers.get(l - 1);
            activations[l - 1] = layer.field("activation").constant(Activation.class);
            ModelNode weightsNode = layer.field("weights");
            List<ModelNode> rows = weightsNode.items();
            if (rows.size() != sizes[l]) {
                throw weightsNode.error("layer " + l + " has " + sizes[l] + " neurons but " + rows.size() + " weight rows");
            }
            int previous = sizes[l - 1];
            weights[l - 1] = new double[sizes[l] * previous];
            for (int k = 0; k < sizes[l]; k++) {
                double[] row = rows.get(k).reals();
                if (row.length != previous) {
                    throw rows.get(k).error("a neuron of layer " + l + " takes " + previous + " weights, got " + row.length);
                }
                System.arraycopy(row, 0, weights[l - 1], k * previous, previous);
            }
            biases[l - 1] = layer.field("biases").reals();
        }
        try {
            return new DenseNetwork(sizes, activations, weights, biases);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
