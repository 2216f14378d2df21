package org.mlpot.bench;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mlpot.potential.Property;
import org.mlpot.potential.Result;
import org.mlpot.potential.builtin.StillingerWeber;
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
 * One Stillinger–Weber evaluation (neighbour list included) with energy, forces and stress, for
 * displaced diamond silicon of 64 and 4096 atoms.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StillingerWeberBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StillingerWeberBenchmark {
    private static final Set<Property> ALL = EnumSet.of(Property.FORCES, Property.STRESS);

    /** Atoms: 8 n³ for n = 2 and 8. */
    @Param({"64", "4096"})
    public int atoms;

    private final StillingerWeber sw = StillingerWeber.silicon();
    private Structure crystal;

    /** Builds the displaced crystal. */
    @Setup
    public void setUp() {
        crystal = NeighborListBenchmark.displacedDiamond(5.431, (int) Math.round(Math.cbrt(atoms / 8.0)), 0.1, 2);
    }

    /** Energy, forces and stress. */
    @Benchmark
    public Result evaluate() {
        return sw.evaluate(crystal, ALL);
    }
}
