package org.mlpot.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.nn.Activation;
import org.mlpot.nn.ComputePath;
import org.mlpot.nn.DenseNetwork;
import org.mlpot.nn.EnergyNormalization;
import org.mlpot.nn.NeuralNetworkPotential;
import org.mlpot.nn.internal.Nd4jBatchEvaluator;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Energy and forces of the 4096-atom silicon frame with a Behler–Parrinello potential of the size
 * n2p2 would use here: the 30 symmetry functions of {@link SymmetryFunctionBenchmark} (cosine cutoff
 * at 6 Å), scale-center scaling onto [−1, 1] from the frame's own statistics, and a 30-25-25-1 tanh
 * network with seeded random weights. Descriptor on one or two threads; networks in plain Java or on
 * ND4J ({@link ComputePath}). Time per atom = time per operation / 4096. {@link #networksOnly} times the
 * network part alone (outputs and input gradients of all 4096 scaled feature vectors), which the
 * descriptor otherwise dominates; its {@code threads} parameter has no effect.
 *
 * <p>Run: {@code OMP_NUM_THREADS=1 java -jar benchmarks/target/benchmarks.jar NeuralNetworkPotentialBenchmark}
 * from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class NeuralNetworkPotentialBenchmark {
    private static final Set<Property> FORCES = EnumSet.of(Property.FORCES);

    /** Threads of the descriptor. */
    @Param({"1", "2"})
    public int threads;

    /** Where the network runs. */
    @Param({"JAVA", "ND4J"})
    public ComputePath computePath;

    private Structure structure;
    private NeuralNetworkPotential potential;
    private DenseNetwork network;
    private DenseNetwork.Workspace workspace;
    private Nd4jBatchEvaluator batch;
    private double[] inputs;
    private double[] outputs;
    private double[] gradients;

    /** Loads the frame, takes the scaling statistics from it and draws the weights. */
    @Setup
    public void setUp() {
        structure = BenchmarkStructures.largeSilicon();
        List<Element> elements = List.of(Element.Si);
        SymmetryFunctions descriptor =
                new SymmetryFunctionGenerator(elements, 6.0, CutoffShape.of(CutoffType.COS)).standardSet(10, 5);
        FeatureStatisticsAccumulator statistics = new FeatureStatisticsAccumulator(descriptor);
        StructureFeatures features = new FeatureCalculator(descriptor, threads).compute(structure, false);
        statistics.add(features);
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE_CENTER, statistics.statistics(), -1.0, 1.0);
        network = randomNetwork(new int[] {descriptor.size(Element.Si), 25, 25, 1},
                new Activation[] {Activation.TANH, Activation.TANH, Activation.LINEAR}, 2024);
        potential = new NeuralNetworkPotential("bench-si", descriptor, scaling, List.of(network),
                EnergyNormalization.none(), threads).withComputePath(computePath);
        int g = network.inputSize();
        inputs = new double[structure.size() * g];
        for (int i = 0; i < structure.size(); i++) {
            scaling.apply(features, i, inputs, i * g);
        }
        outputs = new double[structure.size()];
        gradients = new double[inputs.length];
        workspace = network.newWorkspace();
        batch = computePath == ComputePath.ND4J ? new Nd4jBatchEvaluator(network) : null;
    }

    /** A network with Gaussian weights of standard deviation 1/√(fan-in) and biases of 0.1·N(0, 1). */
    static DenseNetwork randomNetwork(int[] sizes, Activation[] activations, long seed) {
        Random random = new Random(seed);
        double[][] weights = new double[sizes.length - 1][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 1; l < sizes.length; l++) {
            weights[l - 1] = new double[sizes[l] * sizes[l - 1]];
            biases[l - 1] = new double[sizes[l]];
            for (int k = 0; k < weights[l - 1].length; k++) {
                weights[l - 1][k] = random.nextGaussian() / Math.sqrt(sizes[l - 1]);
            }
            for (int k = 0; k < sizes[l]; k++) {
                biases[l - 1][k] = 0.1 * random.nextGaussian();
            }
        }
        return new DenseNetwork(sizes, activations, weights, biases);
    }

    /** Energy and forces (descriptor with derivatives, networks with input gradients). */
    @Benchmark
    public Result energyAndForces() {
        return potential.evaluate(structure, FORCES);
    }

    /** The network alone: outputs and input gradients of the frame's 4096 scaled feature vectors. */
    @Benchmark
    public double[] networksOnly() {
        int rows = outputs.length;
        if (batch != null) {
            batch.evaluateWithGradient(rows, inputs, outputs, gradients);
        } else {
            int g = network.inputSize();
            for (int r = 0; r < rows; r++) {
                outputs[r] = network.evaluateWithGradient(inputs, r * g, gradients, r * g, workspace);
            }
        }
        return gradients;
    }
}
