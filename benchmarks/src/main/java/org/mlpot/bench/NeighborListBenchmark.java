package org.mlpot.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.mlpot.neighbor.NeighborList;
import org.mlpot.structure.Crystals;
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
 * Full neighbour-list construction for diamond silicon (a = 5.431 Å, atoms displaced by up to
 * 0.1 Å) at a 6 Å cutoff, from 512 to 32768 atoms. Divide the time by {@code atoms} for the time per
 * atom, which stays flat for an O(N) method.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NeighborListBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NeighborListBenchmark {
    /** Atoms: 8 n³ for n = 4, 6, 8, 12, 16. */
    @Param({"512", "1728", "4096", "13824", "32768"})
    public int atoms;

    private Structure crystal;

    /** Builds the displaced crystal. */
    @Setup
    public void setUp() {
        int repeats = (int) Math.round(Math.cbrt(atoms / 8.0));
        crystal = displacedDiamond(5.431, repeats, 0.1, 1);
        if (crystal.size() != atoms) {
            throw new IllegalStateException("atoms must be 8 n³, got " + atoms);
        }
    }

    /** One full list at 6 Å. */
    @Benchmark
    public NeighborList fullList() {
        return NeighborList.full(crystal, 6.0);
    }

    /** One half list at 6 Å. */
    @Benchmark
    public NeighborList halfList() {
        return NeighborList.half(crystal, 6.0);
    }

    /** Diamond silicon, {@code repeats³} conventional cells, every coordinate displaced uniformly in ±amplitude Å. */
    static Structure displacedDiamond(double a, int repeats, double amplitude, long seed) {
        Structure cell = Crystals.diamond(Element.Si, a);
        Structure big = cell.supercell(repeats, repeats, repeats);
        Random random = new Random(seed);
        double[] q = big.positions();
        for (int k = 0; k < q.length; k++) {
            q[k] += amplitude * (2 * random.nextDouble() - 1);
        }
        return big.withPositions(q);
    }
}
