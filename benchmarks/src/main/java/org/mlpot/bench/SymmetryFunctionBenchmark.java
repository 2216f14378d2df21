package org.mlpot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.descriptor.acsf.SymmetryFunctionGenerator;
import org.mlpot.descriptor.cutoff.CutoffShape;
import org.mlpot.descriptor.cutoff.CutoffType;
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
 * Atom-centred symmetry functions of the 4096-atom silicon frame: the standard set of
 * {@link SymmetryFunctionGenerator#standardSet} (10 radial on Imbalzano's shifted grid, 20 wide
 * angular with ζ 1, 4 and λ ±1), cosine cutoff at 6 Å, with and without derivatives, on one and two
 * threads. Atoms per second = 4096 / (time per operation); run with {@code -prof gc} for the
 * allocation per call.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SymmetryFunctionBenchmark -prof gc} from
 * the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class SymmetryFunctionBenchmark {
    /** Threads of the calculator. */
    @Param({"1", "2"})
    public int threads;

    private Structure structure;
    private FeatureCalculator calculator;

    /** Loads the frame and builds the functions. */
    @Setup
    public void setUp() {
        structure = BenchmarkStructures.largeSilicon();
        SymmetryFunctionGenerator generator =
                new SymmetryFunctionGenerator(List.of(Element.Si), 6.0, CutoffShape.of(CutoffType.COS));
        calculator = new FeatureCalculator(generator.standardSet(10, 5), threads);
    }

    /** Values and position and strain derivatives. */
    @Benchmark
    public StructureFeatures withDerivatives() {
        return calculator.compute(structure, true);
    }

    /** Values only. */
    @Benchmark
    public StructureFeatures valuesOnly() {
        return calculator.compute(structure, false);
    }
}
