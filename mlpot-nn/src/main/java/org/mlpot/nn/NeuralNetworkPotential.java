package org.mlpot.nn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.nn.internal.Nd4jBatchEvaluator;
import org.mlpot.potential.CheckedResult;
import org.mlpot.potential.ExtrapolationChecking;
import org.mlpot.potential.Potential;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * A Behler–Parrinello (second-generation, short-range) neural-network potential, evaluated as n2p2
 * does: every atom's descriptor is scaled ({@link FeatureScaling}), fed to its element's network,
 * and the output turned into an atomic energy ({@link EnergyNormalization}); the total energy is
 * their sum. Forces and stress come from {@code ∂E/∂G = outputToEv · slope · ∂y/∂Gs} contracted with
 * the descriptor derivatives ({@link StructureFeatures#addForces}, {@link StructureFeatures#addStrainDerivative}).
 * When every element of a structure runs in plain Java, each atom's network runs as soon as its
 * features are known and its descriptor gradients are contracted at once, never stored
 * ({@link FeatureCalculator#computeWithForces}); ND4J batches need all features first, so there the
 * derivatives are stored.
 * Units: eV and Å. Immutable and thread-safe.
 *
 * <p>The networks run in plain Java or, for all atoms of an element at once, on ND4J, as
 * {@link #computePath()} says; both give the same numbers to about 1e-15 relative.
 * {@link #evaluateChecked} adds n2p2's extrapolation warnings, from the same descriptor values.
 */
public final class NeuralNetworkPotential implements ExtrapolationChecking {
    private final String name;
    private final FeatureCalculator calculator;
    private final FeatureScaling scaling;
    private final DenseNetwork[] networks;
    private final EnergyNormalization normalization;
    private final double outputToEv;
    private final double[] constants;
    private final Set<Element> elements;
    private final int largestInput;
    private final ThreadLocal<JavaScratch> workspaces;
    private final ComputePath computePath;
    private final ThreadLocal<Nd4jBatchEvaluator[]> batchEvaluators; // filled per species on first use

    /**
     * A potential that chooses its compute path per element ({@link ComputePath#AUTO}).
     *
     * @param name a short name, such as {@code n2p2:H2O_RPBE-D3}
     * @param descriptor the descriptor, in Å
     * @param scaling the scaling of the descriptor's features, for the descriptor's elements in its order
     * @param networks one network per element of the descriptor, in its order, each taking that element's features
     * @param normalization how outputs become energies
     * @param threads threads for the descriptor (1 evaluates in the calling thread)
     * @throws IllegalArgumentException when elements, feature counts or network inputs do not match
     */
    public NeuralNetworkPotential(String name, Descriptor descriptor, FeatureScaling scaling, List<DenseNetwork> networks,
                                  EnergyNormalization normalization, int threads) {
        this.name = Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(descriptor, "descriptor is null");
        this.scaling = Objects.requireNonNull(scaling, "scaling is null");
        Objects.requireNonNull(networks, "networks is null");
        this.normalization = Objects.requireNonNull(normalization, "normalization is null");
        List<Element> order = descriptor.elements();
        if (!scaling.elements().equals(order)) {
            throw new IllegalArgumentException("the scaling is for " + scaling.elements() + " but the descriptor for " + order);
        }
        if (networks.size() != order.size()) {
            throw new IllegalArgumentException(order.size() + " elements need as many networks, got " + networks.size());
        }
        this.networks = new DenseNetwork[order.size()];
        this.constants = new double[order.size()];
        int largest = 0;
        for (int s = 0; s < order.size(); s++) {
            Element e = order.get(s);
            DenseNetwork network = Objects.requireNonNull(networks.get(s), "network of " + e.symbol() + " is null");
            int features = descriptor.size(e);
            if (network.inputSize() != features || scaling.size(s) != features) {
                throw new IllegalArgumentException(e.symbol() + " has " + features + " features, but its network takes "
                        + network.inputSize() + " and its scaling covers " + scaling.size(s));
            }
            this.networks[s] = network;
            this.constants[s] = normalization.constantEv(e);
            largest = Math.max(largest, features);
        }
        this.largestInput = largest;
        this.outputToEv = normalization.outputToEv();
        this.elements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(order));
        this.calculator = new FeatureCalculator(descriptor, threads);
        this.workspaces = javaWorkspaces(this.networks, largest);
        this.computePath = ComputePath.AUTO;
        this.batchEvaluators = ThreadLocal.withInitial(() -> new Nd4jBatchEvaluator[order.size()]);
    }

    private NeuralNetworkPotential(NeuralNetworkPotential other, ComputePath computePath) {
        this.name = other.name;
        this.calculator = other.calculator;
        this.scaling = other.scaling;
        this.networks = other.networks;
        this.normalization = other.normalization;
        this.outputToEv = other.outputToEv;
        this.constants = other.constants;
        this.elements = other.elements;
        this.largestInput = other.largestInput;
        this.workspaces = javaWorkspaces(networks, other.largestInput);
        this.computePath = computePath;
        int species = networks.length;
        this.batchEvaluators = ThreadLocal.withInitial(() -> new Nd4jBatchEvaluator[species]);
    }

    private static ThreadLocal<JavaScratch> javaWorkspaces(DenseNetwork[] networks, int largestInput) {
        return ThreadLocal.withInitial(() -> {
            DenseNetwork.Workspace[] w = new DenseNetwork.Workspace[networks.length];
            for (int s = 0; s < networks.length; s++) {
                w[s] = networks[s].newWorkspace();
            }
            return new JavaScratch(w, new double[largestInput]);
        });
    }

    /**
     * One thread's scratch for the plain-Java networks.
     *
     * @param networks a workspace per species
     * @param input room for the scaled features of one atom
     */
    private record JavaScratch(DenseNetwork.Workspace[] networks, double[] input) {
    }

    /** Where the networks run. */
    public ComputePath computePath() {
        return computePath;
    }

    /**
     * This potential with its networks run on {@code path}; everything else is shared.
     *
     * @return a new potential, or this one when it already uses {@code path}
     */
    public NeuralNetworkPotential withComputePath(ComputePath path) {
        Objects.requireNonNull(path, "path is null");
        return path == computePath ? this : new NeuralNetworkPotential(this, path);
    }

    /** The descriptor. */
    public Descriptor descriptor() {
        return calculator.descriptor();
    }

    /** The feature scaling. */
    public FeatureScaling scaling() {
        return scaling;
    }

    /** The network of the descriptor's element {@code species}. */
    public DenseNetwork network(int species) {
        return networks[species];
    }

    /** How outputs become energies. */
    public EnergyNormalization normalization() {
        return normalization;
    }

    @Override
    public Result evaluate(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        boolean derivatives = needsDerivatives(properties);
        if (derivatives && fusedJava()) {
            return evaluateFused(structure, properties, null);
        }
        return evaluate(structure, properties, calculator.compute(structure, derivatives), derivatives);
    }

    /**
     * Evaluates the structure and checks its raw descriptor values against the range of the scaling's
     * statistics ({@code scaling().statistics().extrapolation}), using the descriptor values computed
     * once for both.
     */
    @Override
    public CheckedResult evaluateChecked(Structure structure, Set<Property> properties) {
        Potential.checkInput(this, structure, properties);
        boolean derivatives = needsDerivatives(properties);
        if (derivatives && fusedJava()) {
            StructureFeatures[] features = new StructureFeatures[1];
            Result result = evaluateFused(structure, properties, features);
            return new CheckedResult(result, scaling.statistics().extrapolation(features[0]));
        }
        StructureFeatures features = calculator.compute(structure, derivatives);
        return new CheckedResult(evaluate(structure, properties, features, derivatives),
                scaling.statistics().extrapolation(features));
    }

    /**
     * Whether {@link #computePath} runs every element of this structure in plain Java when forces are
     * wanted: always for JAVA and for AUTO (the fused Java path beats ND4J with forces, 150 against
     * 213 ms for 4096 Si atoms on one core, BENCHMARKS.md), never for ND4J.
     */
    private boolean fusedJava() {
        return computePath != ComputePath.ND4J;
    }

    /**
     * Energies, forces and stress in one pass over atoms, every network run in plain Java as soon as
     * its atom's features are known and the descriptor gradients contracted at once, never stored
     * ({@link FeatureCalculator#computeWithForces}).
     *
     * @param features when not null, receives the descriptor values (without derivatives) in its element 0
     */
    private Result evaluateFused(Structure structure, Set<Property> properties, StructureFeatures[] features) {
        int n = structure.size();
        double[] atomEnergies = new double[n];
        double[] forces = new double[3 * n];
        double[] strain = new double[9];
        StructureFeatures computed = calculator.computeWithForces(structure, (atom, s, raw, gradient) -> {
            JavaScratch scratch = workspaces.get();
            scaling.apply(s, raw, 0, scratch.input(), 0);
            double y = networks[s].evaluateWithGradient(scratch.input(), 0, gradient, 0, scratch.networks()[s]);
            atomEnergies[atom] = outputToEv * y + constants[s];
            int g = networks[s].inputSize();
            for (int f = 0; f < g; f++) {
                gradient[f] *= outputToEv;
            }
            scaling.toRawDerivatives(s, gradient, 0);
        }, forces, strain);
        if (features != null) {
            features[0] = computed;
        }
        return Result.assemble(structure, properties, atomEnergies, forces, strain);
    }

    private static boolean needsDerivatives(Set<Property> properties) {
        return properties.contains(Property.FORCES) || properties.contains(Property.STRESS);
    }

    private Result evaluate(Structure structure, Set<Property> properties, StructureFeatures features, boolean derivatives) {
        int n = structure.size();
        Batches batches = batches(features, derivatives);
        double[] atomEnergies = new double[n];
        double[] forces = derivatives ? new double[3 * n] : null;
        double[] strain = derivatives ? new double[9] : null;
        double[] input = new double[largestInput];
        double[] gradient = derivatives ? new double[largestInput] : null;
        DenseNetwork.Workspace[] work = workspaces.get().networks();
        for (int i = 0; i < n; i++) {
            int s = features.species(i);
            int g = features.size(i);
            double y;
            if (batches.outputs[s] != null) {
                int row = batches.row[i];
                y = batches.outputs[s][row];
                if (derivatives) {
                    System.arraycopy(batches.gradients[s], row * g, gradient, 0, g);
                }
            } else {
                scaling.apply(features, i, input, 0);
                y = derivatives ? networks[s].evaluateWithGradient(input, 0, gradient, 0, work[s])
                        : networks[s].evaluate(input, 0, work[s]);
            }
            atomEnergies[i] = outputToEv * y + constants[s];
            if (!derivatives) {
                continue;
            }
            for (int f = 0; f < g; f++) {
                gradient[f] *= outputToEv;
            }
            scaling.toRawDerivatives(s, gradient, 0);
            features.addForces(i, gradient, 0, forces);
            features.addStrainDerivative(i, gradient, 0, strain);
        }
        return Result.assemble(structure, properties, atomEnergies, forces, strain);
    }

    /**
     * Network outputs (and input gradients) of the elements that {@link #computePath} sends to ND4J,
     * all atoms of an element in one batch; the other elements have null entries.
     */
    private Batches batches(StructureFeatures features, boolean derivatives) {
        int n = features.atoms();
        int species = networks.length;
        int[] counts = new int[species];
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = counts[features.species(i)]++;
        }
        double[][] outputs = new double[species][];
        double[][] gradients = new double[species][];
        for (int s = 0; s < species; s++) {
            if (counts[s] == 0 || !computePath.usesNd4j(counts[s])) {
                continue;
            }
            int g = networks[s].inputSize();
            double[] inputs = new double[counts[s] * g];
            for (int i = 0; i < n; i++) {
                if (features.species(i) == s) {
                    scaling.apply(features, i, inputs, row[i] * g);
                }
            }
            outputs[s] = new double[counts[s]];
            Nd4jBatchEvaluator evaluator = batchEvaluator(s);
            if (derivatives) {
                gradients[s] = new double[counts[s] * g];
                evaluator.evaluateWithGradient(counts[s], inputs, outputs[s], gradients[s]);
            } else {
                evaluator.evaluate(counts[s], inputs, outputs[s]);
            }
        }
        return new Batches(row, outputs, gradients);
    }

    /** This thread's ND4J evaluator of species {@code s}, made (and ND4J loaded) on first use. */
    private Nd4jBatchEvaluator batchEvaluator(int s) {
        Nd4jBatchEvaluator[] evaluators = batchEvaluators.get();
        if (evaluators[s] == null) {
            evaluators[s] = new Nd4jBatchEvaluator(networks[s]);
        }
        return evaluators[s];
    }

    /**
     * Batched network results.
     *
     * @param row each atom's row within its element's batch
     * @param outputs per species the batch outputs, or null where the species runs in plain Java
     * @param gradients per species the batch input gradients (row-major), or null
     */
    private record Batches(int[] row, double[][] outputs, double[][] gradients) {
    }

    @Override
    public double cutoff() {
        return calculator.descriptor().cutoff();
    }

    @Override
    public Set<Element> elements() {
        return elements;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (" + calculator.descriptor().elements().stream().map(org.mlpot.structure.Element::symbol)
                .collect(java.util.stream.Collectors.joining(" ")) + ", cutoff " + cutoff() + " Å, "
                + computePath.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
