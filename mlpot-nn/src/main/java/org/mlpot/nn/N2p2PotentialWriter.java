package org.mlpot.nn;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.acsf.ExpAngular;
import org.mlpot.descriptor.acsf.ExpAngularNarrowWeighted;
import org.mlpot.descriptor.acsf.ExpRadial;
import org.mlpot.descriptor.acsf.ExpRadialWeighted;
import org.mlpot.descriptor.acsf.SymmetryFunction;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.ScalingDataFile;
import org.mlpot.io.N2p2Units;
import org.mlpot.structure.Element;

/**
 * Writes a {@link NeuralNetworkPotential} whose descriptor is {@link SymmetryFunctions} as an n2p2
 * potential folder that n2p2's tools ({@code nnp-predict}, LAMMPS {@code pair_style nnp}) run and
 * {@link N2p2PotentialReader} reads back. The format is that of n2p2 2.x short-range potentials
 * ({@code nnp_type} 1, checked against v2.3.0, commit {@code 61daa0df}):
 * <ul>
 * <li>{@code input.nn}: a comment header naming mlpot, the units and the LAMMPS conversion factors;
 * {@code number_of_elements}, {@code elements} (by atomic number, n2p2's order),
 * {@code cutoff_type N alpha}, the scaling keywords of the {@link FeatureScaling}'s type
 * ({@code scale_symmetry_functions}, {@code center_symmetry_functions},
 * {@code scale_symmetry_functions_sigma}) with {@code scale_min_short} and {@code scale_max_short},
 * {@code global_hidden_layers_short}, {@code global_nodes_short}, {@code global_activation_short},
 * {@code element_nodes_short} for the hidden layers where an element's network is wider or narrower than
 * the first element's, {@code mean_energy}, {@code conv_energy} and {@code conv_length 1.0} (left out when
 * the mean energy is 0 and the factor 1), {@code atom_energy} per element with an offset, and every
 * {@code symfunction_short} line, by element and in feature order;</li>
 * <li>{@code scaling.data} ({@link ScalingDataFile});</li>
 * <li>{@code weights.ZZZ.data} per element (ZZZ its atomic number with three digits): per layer all
 * weights (previous-layer neuron outer, next-layer neuron inner), then the layer's biases, with n2p2's
 * comment columns (type a/b, running index, start layer and neuron, end layer and neuron), numbers as C's
 * {@code %24.16E}.</li>
 * </ul>
 *
 * <p>Numbers are written so that they read back to the same doubles (shortest round-trip decimals in
 * {@code input.nn}, 17 significant digits elsewhere). Lengths and energies are converted to the
 * {@link N2p2Units} asked for (Å and eV by default); where a conversion rounds, the writer picks the file
 * value next to the plain inverse that reads back to exactly the potential's parameter (symmetry-function
 * radii, shifts and widths, {@code E = u · (y / conv_energy + mean_energy + atom_energy)}), so that reading
 * the folder in those units gives a potential with the same energies and forces to the last bit. Such a
 * value exists whenever the potential was read in the same units; otherwise the nearest one is written
 * (a difference of an ulp). Symmetry-function values, and so {@code scaling.data}, have no unit.
 *
 * <p>Refused with an {@link IllegalArgumentException}, before any file is written, is what n2p2 cannot
 * express: another descriptor than symmetry functions; networks with different numbers of hidden layers or
 * different activations per layer across elements (n2p2 has one {@code global_activation_short});
 * an output activation other than {@link Activation#LINEAR} (n2p2 always uses a linear output neuron);
 * an activation n2p2 does not have ({@link Activation#SHIFTED_SOFTPLUS}); cutoff-based symmetry functions
 * with different cutoff types or α (n2p2 has one {@code cutoff_type}); non-finite scaling statistics.
 * Atom energy offsets of elements the potential does not have are left out; n2p2's
 * {@code conv_length} is written as 1, which changes no result.
 */
public final class N2p2PotentialWriter {
    private static final String RULE = "#".repeat(80);
    /** What {@code cutoff_type} says when no function uses it (n2p2 requires the keyword). */
    private static final CutoffShape UNUSED_CUTOFF = CutoffShape.of(CutoffType.COS);

    private N2p2PotentialWriter() {
    }

    /**
     * Writes {@code potential} into {@code folder} (created if missing; {@code input.nn},
     * {@code scaling.data} and the weights files are replaced) with lengths in Å and energies in eV.
     *
     * @throws IllegalArgumentException when n2p2 cannot express the potential (see the class documentation)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(NeuralNetworkPotential potential, Path folder) {
        write(potential, folder, N2p2Units.ANGSTROM_EV);
    }

    /**
     * Writes {@code potential} into {@code folder} (created if missing; {@code input.nn},
     * {@code scaling.data} and the weights files are replaced) in the given units.
     *
     * @param units the length and energy units of the files
     * @throws IllegalArgumentException when n2p2 cannot express the potential (see the class documentation)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(NeuralNetworkPotential potential, Path folder, N2p2Units units) {
        Objects.requireNonNull(potential, "potential is null");
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(units, "units is null");
        if (potential.scaling().inertFeatures() > 0) {
            throw new IllegalArgumentException("this potential ignores " + potential.scaling().inertFeatures()
                    + " symmetry functions that were constant in its training data, which n2p2 cannot express (its"
                    + " scaling would divide by zero); train it without those functions to export it to n2p2");
        }
        Map<String, String> files = render(potential, units);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the n2p2 potential into " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one network as an n2p2 {@code weights.ZZZ.data} file (UTF-8, replaced), the inverse of
     * {@link N2p2PotentialReader#readWeights}.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeWeights(Path file, DenseNetwork network) {
        Objects.requireNonNull(file, "file is null");
        String text = weights(Objects.requireNonNull(network, "network is null"));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The files' names and contents, checked before anything is written. */
    private static Map<String, String> render(NeuralNetworkPotential potential, N2p2Units units) {
        SymmetryFunctions descriptor = symmetryFunctions(potential.descriptor());
        List<Element> elements = descriptor.elements();
        Architecture architecture = Architecture.of(potential, elements);
        CutoffShape declared = cutoffShape(descriptor);
        CutoffShape shape = declared != null ? declared : UNUSED_CUTOFF;
        FeatureScaling scaling = potential.scaling();

        List<String> lines = new ArrayList<>();
        lines.add(RULE);
        lines.add("# n2p2 neural network potential written by mlpot (org.mlpot.nn.N2p2PotentialWriter)");
        lines.add("# Potential: " + potential.name().replaceAll("[\\r\\n]+", " "));
        lines.add("# Format: n2p2 2.x short-range HDNNP (input.nn, scaling.data, weights.ZZZ.data)");
        lines.add(units.lengthToAngstrom() == 1.0 && units.energyToEv() == 1.0 ? "# Units: Angstrom and eV"
                : "# Units: length unit = " + units.lengthToAngstrom() + " Angstrom, energy unit = " + units.energyToEv() + " eV");
        lines.add("# LAMMPS (units metal): pair_style nnp dir <this folder> cflength " + (1 / units.lengthToAngstrom())
                + " cfenergy " + (1 / units.energyToEv()));
        lines.add(RULE);
        lines.add("number_of_elements " + elements.size());
        lines.add("elements " + String.join(" ", elements.stream().map(Element::symbol).toList()));
        if (declared == null) {
            lines.add("# no symmetry function has a cutoff function; n2p2 requires the keyword anyway");
        }
        lines.add("cutoff_type " + shape.type().code() + " " + number(shape.alpha()));
        lines.addAll(scalingKeywords(scaling));
        lines.addAll(architecture.keywords());
        lines.addAll(energyKeywords(potential.normalization(), elements, units.energyToEv()));
        for (Element e : elements) {
            for (SymmetryFunction f : descriptor.functions(e)) {
                lines.add(settingsLine(f, units.lengthToAngstrom(), shape));
            }
        }

        Map<String, String> files = new LinkedHashMap<>();
        files.put("input.nn", String.join("\n", lines) + "\n");
        StringWriter scalingData = new StringWriter();
        ScalingDataFile.write(scalingData, scaling.statistics());
        files.put("scaling.data", scalingData.toString());
        for (int s = 0; s < elements.size(); s++) {
            files.put(String.format(java.util.Locale.ROOT, "weights.%03d.data", elements.get(s).atomicNumber()),
                    weights(potential.network(s)));
        }
        return files;
    }

    private static SymmetryFunctions symmetryFunctions(Descriptor descriptor) {
        if (descriptor instanceof SymmetryFunctions functions) {
            return functions;
        }
        throw new IllegalArgumentException("n2p2 potentials are built on atom-centred symmetry functions, but this potential's "
                + "descriptor is a " + descriptor.getClass().getSimpleName() + " (" + descriptor
                + "); only potentials whose descriptor is SymmetryFunctions can be written for n2p2");
    }

    /** The one cutoff shape of the cutoff-based functions, or null when there are none. */
    private static CutoffShape cutoffShape(SymmetryFunctions descriptor) {
        CutoffShape shape = null;
        SymmetryFunction first = null;
        for (Element e : descriptor.elements()) {
            for (SymmetryFunction f : descriptor.functions(e)) {
                CutoffShape own = cutoffShape(f);
                if (own == null) {
                    continue;
                }
                if (shape == null) {
                    shape = own;
                    first = f;
                } else if (!shape.equals(own)) {
                    throw new IllegalArgumentException("n2p2 has one cutoff_type for all symmetry functions, but '"
                            + first.settingsLine() + "' uses " + shape + " and '" + f.settingsLine() + "' uses " + own);
                }
            }
        }
        return shape;
    }

    private static CutoffShape cutoffShape(SymmetryFunction f) {
        if (f instanceof ExpRadial r) {
            return r.cutoff();
        }
        if (f instanceof ExpAngular a) {
            return a.cutoff();
        }
        if (f instanceof ExpRadialWeighted r) {
            return r.cutoff();
        }
        if (f instanceof ExpAngularNarrowWeighted a) {
            return a.cutoff();
        }
        return null; // compact functions carry their own core function
    }

    private static List<String> scalingKeywords(FeatureScaling scaling) {
        List<String> lines = new ArrayList<>();
        switch (scaling.type()) {
            case NONE -> lines.add("# no symmetry function scaling");
            case SCALE -> lines.add("scale_symmetry_functions");
            case CENTER -> lines.add("center_symmetry_functions");
            case SCALE_CENTER -> {
                lines.add("scale_symmetry_functions");
                lines.add("center_symmetry_functions");
            }
            case SIGMA -> lines.add("scale_symmetry_functions_sigma");
        }
        lines.add("scale_min_short " + number(scaling.scaledMin()));
        lines.add("scale_max_short " + number(scaling.scaledMax()));
        return lines;
    }

    /**
     * The normalisation keywords in file energy units {@code fileEnergyToEv}, chosen so that
     * {@link N2p2PotentialReader} rebuilds the same {@link EnergyNormalization#outputToEv()} and
     * {@link EnergyNormalization#constantEv} doubles.
     */
    private static List<String> energyKeywords(EnergyNormalization n, List<Element> elements, double fileEnergyToEv) {
        double u = n.energyToEv();
        double v = fileEnergyToEv;
        double mean = n.meanEnergy();
        double conv = n.convEnergy();
        Map<Element, Double> atoms = new LinkedHashMap<>();
        for (Element e : elements) {
            Double offset = n.atomEnergies().get(e);
            if (offset != null) {
                atoms.put(e, offset);
            }
        }
        if (u != v) {
            // what the reader computes: outputToEv = v / conv, constantEv = v * (mean + atom), atom 0 when absent
            conv = ReadBackValues.preimage(n.outputToEv(), x -> x > 0 && Double.isFinite(x) ? v / x : Double.NaN, conv * (v / u));
            double fileMean = ReadBackValues.preimage(u * (mean + 0.0), x -> v * (x + 0.0), mean * (u / v));
            for (Map.Entry<Element, Double> atom : atoms.entrySet()) {
                double target = n.constantEv(atom.getKey());
                atom.setValue(ReadBackValues.preimage(target, x -> v * (fileMean + x), target / v - fileMean));
            }
            mean = fileMean;
        }
        List<String> lines = new ArrayList<>();
        if (mean != 0.0 || conv != 1.0) {
            lines.add("mean_energy " + number(mean));
            lines.add("conv_energy " + number(conv));
            lines.add("# conv_length scales positions and symmetry functions together, which changes no result");
            lines.add("conv_length 1.0");
        }
        for (Map.Entry<Element, Double> atom : atoms.entrySet()) {
            lines.add("atom_energy " + atom.getKey().symbol() + " " + number(atom.getValue()));
        }
        return lines;
    }

    /**
     * The settings line of {@code f} in file length units of {@code lengthToAngstrom} Å, each parameter the
     * file value that {@link N2p2PotentialReader} turns back into {@code f}'s parameter where one exists.
     */
    private static String settingsLine(SymmetryFunction f, double lengthToAngstrom, CutoffShape shape) {
        if (lengthToAngstrom == 1.0) {
            return f.settingsLine();
        }
        String[] target = f.settingsLine().split(" ");
        String[] file = f.withLengthsScaled(1 / lengthToAngstrom).settingsLine().split(" ");
        String[] back = readBack(file, lengthToAngstrom, shape);
        for (int i = 0; i < file.length; i++) {
            if (back[i].equals(target[i]) || !isNumber(file[i])) {
                continue;
            }
            int field = i;
            double wanted = Double.parseDouble(target[i]);
            double chosen = ReadBackValues.preimage(wanted, x -> {
                String[] probe = file.clone();
                probe[field] = number(x);
                String[] read = readBack(probe, lengthToAngstrom, shape);
                return read == null ? Double.NaN : Double.parseDouble(read[field]);
            }, Double.parseDouble(file[i]));
            file[i] = number(chosen);
        }
        return String.join(" ", file);
    }

    /** The fields of the settings line the reader makes of {@code fields}, or null when it refuses them. */
    private static String[] readBack(String[] fields, double lengthToAngstrom, CutoffShape shape) {
        try {
            return SymmetryFunction.parse(String.join(" ", fields), shape).withLengthsScaled(lengthToAngstrom).settingsLine().split(" ");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isNumber(String field) {
        try {
            return Double.isFinite(Double.parseDouble(field));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The shortest decimal that reads back (Java or C) to exactly {@code x}. */
    private static String number(double x) {
        return Double.toString(x);
    }

    /** The text of a {@code weights.ZZZ.data} file. */
    private static String weights(DenseNetwork network) {
        StringBuilder text = new StringBuilder(64 * (network.parameterCount() + 16));
        text.append(RULE).append('\n')
                .append("# Weights and biases of one element's network in n2p2's order, written by mlpot.\n")
                .append(RULE).append('\n')
                .append("# Col  Name   Meaning\n")
                .append(RULE).append('\n')
                .append("# 1    value  The weight or bias.\n")
                .append("# 2    t      a for a weight, b for a bias.\n")
                .append("# 3    index  Running number of the value, from 1.\n")
                .append("# 4    l_s    Weight: the layer it comes from (0 is the input layer). Bias: its layer.\n")
                .append("# 5    n_s    Weight: the neuron it comes from (from 1). Bias: its neuron.\n")
                .append("# 6    l_e    Weight: the layer it goes to.\n")
                .append("# 7    n_e    Weight: the neuron it goes to.\n")
                .append(RULE).append('\n');
        int[] sizes = network.layerSizes();
        int index = 0;
        for (int l = 1; l < sizes.length; l++) {
            for (int j = 0; j < sizes[l - 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    value(text, network.weight(l, j, k), 'a', ++index);
                    pad(text, l - 1, 6);
                    pad(text, j + 1, 6);
                    pad(text, l, 6);
                    pad(text, k + 1, 6).append('\n');
                }
            }
            for (int k = 0; k < sizes[l]; k++) {
                value(text, network.bias(l, k), 'b', ++index);
                pad(text, l, 6);
                pad(text, k + 1, 6).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code %24.16E %c %9d}, as n2p2 prints the first three columns. */
    private static void value(StringBuilder text, double value, char type, int index) {
        String number = ScalingDataFile.formatE16(value);
        text.append(" ".repeat(Math.max(0, 24 - number.length()))).append(number).append(' ').append(type);
        pad(text, index, 10);
    }

    /** {@code value} right-aligned in {@code width} characters (a leading space included). */
    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append(' ');
        }
        return text.append(digits);
    }

    /** The hidden layers and activations every element's network shares, as n2p2 can express them. */
    private record Architecture(int[] hidden, Activation[] activations, Map<Element, int[]> ownSizes) {

        static Architecture of(NeuralNetworkPotential potential, List<Element> elements) {
            DenseNetwork first = potential.network(0);
            int layers = first.layerCount();
            for (int s = 0; s < elements.size(); s++) {
                DenseNetwork net = potential.network(s);
                String symbol = elements.get(s).symbol();
                for (int l = 1; l <= net.layerCount(); l++) {
                    Activation a = net.activation(l);
                    if (!a.isN2p2()) {
                        throw new IllegalArgumentException("the network of " + symbol + " uses " + a + " in layer " + l
                                + ", which n2p2 does not have; its activations are l t s p r g c S e h");
                    }
                }
                if (net.activation(net.layerCount()) != Activation.LINEAR) {
                    throw new IllegalArgumentException("n2p2 always gives the output neuron a linear activation, but the network of "
                            + symbol + " uses " + net.activation(net.layerCount()) + " there");
                }
                if (net.layerCount() != layers) {
                    throw new IllegalArgumentException("n2p2 gives every element the same number of hidden layers "
                            + "(global_hidden_layers_short), but the network of " + elements.get(0).symbol() + " has "
                            + (layers - 1) + " and that of " + symbol + " has " + (net.layerCount() - 1));
                }
                for (int l = 1; l < layers; l++) {
                    if (net.activation(l) != first.activation(l)) {
                        throw new IllegalArgumentException("n2p2 uses one activation per hidden layer for all elements "
                                + "(global_activation_short), but hidden layer " + l + " is " + first.activation(l) + " for "
                                + elements.get(0).symbol() + " and " + net.activation(l) + " for " + symbol);
                    }
                }
            }
            int[] firstSizes = first.layerSizes();
            int[] hidden = java.util.Arrays.copyOfRange(firstSizes, 1, layers);
            Activation[] activations = new Activation[layers];
            for (int l = 1; l <= layers; l++) {
                activations[l - 1] = first.activation(l);
            }
            Map<Element, int[]> own = new LinkedHashMap<>();
            for (int s = 1; s < elements.size(); s++) {
                int[] sizes = java.util.Arrays.copyOfRange(potential.network(s).layerSizes(), 1, layers);
                if (!java.util.Arrays.equals(sizes, hidden)) {
                    own.put(elements.get(s), sizes);
                }
            }
            return new Architecture(hidden, activations, own);
        }

        List<String> keywords() {
            List<String> lines = new ArrayList<>();
            lines.add("global_hidden_layers_short " + hidden.length);
            StringBuilder nodes = new StringBuilder("global_nodes_short");
            for (int size : hidden) {
                nodes.append(' ').append(size);
            }
            lines.add(nodes.toString());
            StringBuilder letters = new StringBuilder("global_activation_short");
            for (Activation a : activations) {
                letters.append(' ').append(a.n2p2Letter());
            }
            lines.add(letters.toString());
            for (Map.Entry<Element, int[]> e : ownSizes.entrySet()) {
                for (int l = 0; l < hidden.length; l++) {
                    if (e.getValue()[l] != hidden[l]) {
                        lines.add("element_nodes_short " + e.getKey().symbol() + " " + (l + 1) + " " + e.getValue()[l]);
                    }
                }
            }
            return lines;
        }
    }
}
