package org.mlpot.nn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlpot.descriptor.acsf.N2p2SymmetryFunctionReader;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.N2p2ScalingSettings;
import org.mlpot.descriptor.scaling.ScalingDataFile;
import org.mlpot.io.FormatException;
import org.mlpot.io.InputException;
import org.mlpot.io.N2p2Units;
import org.mlpot.structure.Element;

/**
 * Reads a trained n2p2 short-range potential (2G HDNNP) from its folder: {@code input.nn}
 * (elements, cutoff type and symmetry functions via {@link N2p2SymmetryFunctionReader}, scaling
 * keywords via {@link N2p2ScalingSettings}, {@code global_hidden_layers_short},
 * {@code global_nodes_short}, {@code global_activation_short}, {@code element_nodes_short} (an element's
 * own size of one hidden layer: {@code element_nodes_short <symbol> <layer 1..H> <nodes>}), {@code mean_energy},
 * {@code conv_energy}, {@code conv_length}, {@code atom_energy}), {@code scaling.data} and one
 * {@code weights.ZZZ.data} per element (ZZZ the atomic number with three digits; column 1 in file
 * order: per layer all weights, previous-layer neuron outer, then the layer's biases).
 *
 * <p>The potential works in eV and Å: lengths of the files are multiplied by
 * {@link N2p2Units#lengthToAngstrom()}, energies by {@link N2p2Units#energyToEv()}.
 *
 * <p>Refused with a {@link FormatException} naming file and line: a missing or malformed network
 * keyword, a repeated keyword, an {@code element_nodes_short} for an unknown element or a layer that is not
 * hidden, an activation letter n2p2 does not know, {@code normalize_nodes}
 * (not supported), a weights file with a non-numeric value or another number of values than the
 * network has parameters.
 */
public final class N2p2PotentialReader {

    private N2p2PotentialReader() {
    }

    /**
     * Reads the potential in {@code folder}, evaluated with all available processors.
     *
     * @param units the length and energy units of the files
     * @throws InputException when a file is missing
     * @throws FormatException when a file is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static NeuralNetworkPotential read(Path folder, N2p2Units units) {
        return read(folder, units, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads the potential in {@code folder}.
     *
     * @param units the length and energy units of the files
     * @param threads threads for the descriptor (1 evaluates in the calling thread)
     * @throws InputException when a file is missing
     * @throws FormatException when a file is malformed
     * @throws UncheckedIOException when a file cannot be read
     */
    public static NeuralNetworkPotential read(Path folder, N2p2Units units, int threads) {
        java.util.Objects.requireNonNull(folder, "folder is null");
        java.util.Objects.requireNonNull(units, "units is null");
        Path inputNn = folder.resolve("input.nn");
        SymmetryFunctions descriptor = N2p2SymmetryFunctionReader.read(inputNn, units.lengthToAngstrom());
        NetworkSettings settings = NetworkSettings.read(inputNn);
        FeatureStatistics statistics = ScalingDataFile.read(folder.resolve("scaling.data"), descriptor);
        FeatureScaling scaling = N2p2ScalingSettings.read(inputNn).scaling(statistics);
        for (Element e : settings.elementNodes().keySet()) {
            if (!descriptor.elements().contains(e)) {
                throw new FormatException(inputNn.toString(), settings.elementNodesLines().get(e),
                        "element_nodes_short for " + e.symbol() + ", which is not among the elements " + descriptor.elements());
            }
        }
        List<DenseNetwork> networks = new ArrayList<>();
        for (Element e : descriptor.elements()) {
            networks.add(readWeights(folder.resolve(String.format("weights.%03d.data", e.atomicNumber())),
                    settings.layerSizes(e, descriptor.size(e)), settings.activations()));
        }
        for (Element e : settings.atomEnergies().keySet()) {
            if (!descriptor.elements().contains(e)) {
                throw new FormatException(inputNn.toString(), settings.atomEnergyLines().get(e),
                        "atom_energy for " + e.symbol() + ", which is not among the elements " + descriptor.elements());
            }
        }
        EnergyNormalization normalization = new EnergyNormalization(settings.meanEnergy(), settings.convEnergy(),
                settings.atomEnergies(), units.energyToEv());
        return new NeuralNetworkPotential("n2p2:" + folder.toAbsolutePath().normalize().getFileName(), descriptor, scaling,
                networks, normalization, threads);
    }

    /**
     * Reads one {@code weights.ZZZ.data} file into a network of the given shape.
     *
     * @param layerSizes inputs, hidden layers, 1; not modified
     * @param activations one per layer after the input; not modified
     * @throws InputException when the file does not exist
     * @throws FormatException when a value is not a finite number or the count differs from the network's parameters
     */
    public static DenseNetwork readWeights(Path file, int[] layerSizes, Activation[] activations) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file (n2p2 needs one weights.ZZZ.data per element, ZZZ its atomic number)");
        }
        int layers = layerSizes.length - 1;
        int expected = 0;
        for (int l = 1; l <= layers; l++) {
            expected += layerSizes[l] * (layerSizes[l - 1] + 1);
        }
        double[] values = new double[expected];
        int count = 0;
        long number = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                String field = firstField(line);
                if (field == null) {
                    continue;
                }
                if (count == expected) {
                    throw new FormatException(file.toString(), number, "more values than the " + expected
                            + " parameters of a " + shape(layerSizes) + " network; do input.nn's layers and symmetry functions match this file?");
                }
                double v;
                try {
                    v = Double.parseDouble(field);
                } catch (NumberFormatException e) {
                    throw new FormatException(file.toString(), number, "'" + field + "' is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new FormatException(file.toString(), number, "the value " + field + " is not finite");
                }
                values[count++] = v;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (count != expected) {
            throw new FormatException(file.toString(), number, "only " + count + " values, but a " + shape(layerSizes)
                    + " network has " + expected + " parameters; do input.nn's layers and symmetry functions match this file?");
        }
        double[][] weights = new double[layers][];
        double[][] biases = new double[layers][];
        int next = 0;
        for (int l = 1; l <= layers; l++) {
            int previous = layerSizes[l - 1];
            int size = layerSizes[l];
            weights[l - 1] = new double[size * previous];
            biases[l - 1] = new double[size];
            for (int j = 0; j < previous; j++) {
                for (int k = 0; k < size; k++) {
                    weights[l - 1][k * previous + j] = values[next++];
                }
            }
            for (int k = 0; k < size; k++) {
                biases[l - 1][k] = values[next++];
            }
        }
        return new DenseNetwork(layerSizes, activations, weights, biases);
    }

    private static String shape(int[] sizes) {
        StringBuilder s = new StringBuilder();
        for (int size : sizes) {
            s.append(s.length() == 0 ? "" : "-").append(size);
        }
        return s.toString();
    }

    /** The first field of a line without its comment, or null when there is none. */
    private static String firstField(String line) {
        int end = line.indexOf('#');
        if (end < 0) {
            end = line.length();
        }
        int start = 0;
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == end) {
            return null;
        }
        int stop = start;
        while (stop < end && !Character.isWhitespace(line.charAt(stop))) {
            stop++;
        }
        return line.substring(start, stop);
    }

    /** The network and normalisation keywords of an {@code input.nn}. */
    private record NetworkSettings(int[] hidden, Activation[] activations, double meanEnergy, double convEnergy,
                                   double convLength, Map<Element, Double> atomEnergies, Map<Element, Long> atomEnergyLines,
                                   Map<Element, int[]> elementNodes, Map<Element, Long> elementNodesLines) {

        int[] layerSizes(Element element, int inputs) {
            int[] sizes = new int[hidden.length + 2];
            sizes[0] = inputs;
            System.arraycopy(hidden, 0, sizes, 1, hidden.length);
            int[] own = elementNodes.get(element);
            for (int l = 0; own != null && l < own.length; l++) {
                if (own[l] > 0) {
                    sizes[l + 1] = own[l];
                }
            }
            sizes[sizes.length - 1] = 1;
            return sizes;
        }

        static NetworkSettings read(Path file) {
            String name = file.toString();
            Set<String> seen = new HashSet<>();
            int layers = -1;
            long layersLine = 0;
            String[] nodes = null;
            long nodesLine = 0;
            String[] letters = null;
            long lettersLine = 0;
            double meanEnergy = 0.0;
            double convEnergy = 1.0;
            double convLength = 1.0;
            Map<Element, Double> atomEnergies = new HashMap<>();
            Map<Element, Long> atomEnergyLines = new HashMap<>();
            List<String[]> elementNodeFields = new ArrayList<>();
            List<Long> elementNodeLineNumbers = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                long number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    int hash = line.indexOf('#');
                    String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (text.isEmpty()) {
                        continue;
                    }
                    String[] f = text.split("\\s+");
                    String keyword = f[0];
                    switch (keyword) {
                        case "global_hidden_layers_short", "global_nodes_short", "global_activation_short", "mean_energy",
                             "conv_energy", "conv_length" -> {
                            if (!seen.add(keyword)) {
                                throw new FormatException(name, number, keyword + " is given twice; keep one");
                            }
                        }
                        default -> {
                        }
                    }
                    switch (keyword) {
                        case "global_hidden_layers_short" -> {
                            requireFields(name, number, f, 1);
                            layers = integer(name, number, keyword, f[1]);
                            if (layers < 0) {
                                throw new FormatException(name, number, keyword + " must not be negative, got " + layers);
                            }
                            layersLine = number;
                        }
                        case "global_nodes_short" -> {
                            nodes = java.util.Arrays.copyOfRange(f, 1, f.length);
                            nodesLine = number;
                        }
                        case "global_activation_short" -> {
                            letters = java.util.Arrays.copyOfRange(f, 1, f.length);
                            lettersLine = number;
                        }
                        case "mean_energy" -> meanEnergy = real(name, number, f);
                        case "conv_energy" -> convEnergy = positive(name, number, f);
                        case "conv_length" -> convLength = positive(name, number, f);
                        case "atom_energy" -> {
                            requireFields(name, number, f, 2);
                            long at = number;
                            Element e = Element.find(f[1]).orElseThrow(
                                    () -> new FormatException(name, at, "atom_energy: '" + f[1] + "' is not an element symbol"));
                            if (atomEnergies.containsKey(e)) {
                                throw new FormatException(name, number, "atom_energy for " + e.symbol() + " is given twice; keep one");
                            }
                            atomEnergies.put(e, real(name, number, new String[] {keyword, f[2]}));
                            atomEnergyLines.put(e, number);
                        }
                        case "element_nodes_short" -> {
                            requireFields(name, number, f, 3);
                            elementNodeFields.add(f);
                            elementNodeLineNumbers.add(number);
                        }
                        case "normalize_nodes" -> throw new FormatException(name, number,
                                "normalize_nodes is not supported; retrain without it or remove the keyword if the potential was not trained with it");
                        default -> {
                        }
                    }
                }
                if (layers < 0) {
                    throw new FormatException(name, number, "global_hidden_layers_short is missing");
                }
                if (nodes == null) {
                    throw new FormatException(name, number, "global_nodes_short is missing");
                }
                if (letters == null) {
                    throw new FormatException(name, number, "global_activation_short is missing");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
            if (nodes.length != layers) {
                throw new FormatException(name, nodesLine, "global_nodes_short gives " + nodes.length + " layer sizes but line "
                        + layersLine + " says global_hidden_layers_short " + layers);
            }
            int[] hidden = new int[layers];
            for (int l = 0; l < layers; l++) {
                hidden[l] = integer(name, nodesLine, "global_nodes_short", nodes[l]);
                if (hidden[l] < 1) {
                    throw new FormatException(name, nodesLine, "layer sizes must be positive, got " + hidden[l]);
                }
            }
            if (letters.length != layers + 1) {
                throw new FormatException(name, lettersLine, "global_activation_short needs " + (layers + 1)
                        + " letters (one per hidden layer and one for the output), got " + letters.length);
            }
            Activation[] activations = new Activation[layers + 1];
            for (int l = 0; l <= layers; l++) {
                if (letters[l].length() != 1) {
                    throw new FormatException(name, lettersLine, "'" + letters[l] + "' is not an activation letter; known are l t s p r g c S e h");
                }
                try {
                    activations[l] = Activation.ofN2p2Letter(letters[l].charAt(0));
                } catch (IllegalArgumentException e) {
                    throw new FormatException(name, lettersLine, e.getMessage());
                }
            }
            // n2p2 (Mode::setupNeuralNetwork) always makes the output neuron linear, whatever the last letter says
            activations[layers] = Activation.LINEAR;
            Map<Element, int[]> elementNodes = new HashMap<>();
            Map<Element, Long> elementNodesLines = new HashMap<>();
            for (int i = 0; i < elementNodeFields.size(); i++) {
                String[] f = elementNodeFields.get(i);
                long at = elementNodeLineNumbers.get(i);
                Element e = Element.find(f[1]).orElseThrow(
                        () -> new FormatException(name, at, "element_nodes_short: '" + f[1] + "' is not an element symbol"));
                int layer = integer(name, at, "element_nodes_short", f[2]);
                if (layer < 1 || layer > layers) {
                    throw new FormatException(name, at, "element_nodes_short: layer " + layer + " is not a hidden layer; "
                            + "they are numbered 1 to " + layers + " (global_hidden_layers_short)");
                }
                int size = integer(name, at, "element_nodes_short", f[3]);
                if (size < 1) {
                    throw new FormatException(name, at, "element_nodes_short: layer sizes must be positive, got " + size);
                }
                int[] own = elementNodes.get(e);
                if (own == null) {
                    own = new int[layers];
                    elementNodes.put(e, own);
                }
                if (own[layer - 1] != 0) {
                    throw new FormatException(name, at, "element_nodes_short for " + e.symbol() + " layer " + layer
                            + " is given twice; keep one");
                }
                own[layer - 1] = size;
                elementNodesLines.putIfAbsent(e, at);
            }
            return new NetworkSettings(hidden, activations, meanEnergy, convEnergy, convLength, atomEnergies, atomEnergyLines,
                    elementNodes, elementNodesLines);
        }

        private static void requireFields(String name, long line, String[] f, int values) {
            if (f.length != values + 1) {
                throw new FormatException(name, line, f[0] + " takes " + values + " value" + (values == 1 ? "" : "s")
                        + ", got " + (f.length - 1));
            }
        }

        private static int integer(String name, long line, String keyword, String field) {
            try {
                return Integer.parseInt(field);
            } catch (NumberFormatException e) {
                throw new FormatException(name, line, keyword + ": '" + field + "' is not an integer");
            }
        }

        private static double real(String name, long line, String[] f) {
            requireFields(name, line, f, 1);
            try {
                double v = Double.parseDouble(f[1]);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new FormatException(name, line, f[0] + " takes a finite number, got '" + f[1] + "'");
        }

        private static double positive(String name, long line, String[] f) {
            double v = real(name, line, f);
            if (!(v > 0)) {
                throw new FormatException(name, line, f[0] + " must be positive, got " + f[1]);
            }
            return v;
        }
    }
}
