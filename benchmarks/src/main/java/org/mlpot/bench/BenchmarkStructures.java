package org.mlpot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpot.io.ExtXyzReader;
import org.mlpot.io.FrameReader;
import org.mlpot.structure.Structure;

/** The structures benchmarks run on. */
final class BenchmarkStructures {
    /** The 4096-atom silicon set made by LAMMPS (see its README); override with -Dmlpot.bench.large=PATH. */
    private static final String LARGE = "../shared/data/si-sw-large/si-sw-large.extxyz";

    private BenchmarkStructures() {
    }

    /**
     * The first frame of {@code si-sw-large} (4096 Si atoms at 1000 K), or, when that file is absent, a
     * displaced 8×8×8 diamond crystal of the same size (a line on stderr says which).
     */
    static Structure largeSilicon() {
        Path file = Path.of(System.getProperty("mlpot.bench.large", LARGE));
        if (Files.isRegularFile(file)) {
            try (FrameReader reader = ExtXyzReader.open(file)) {
                return reader.next().structure();
            }
        }
        System.err.println("benchmark: " + file + " not found; using a displaced 8x8x8 diamond crystal instead");
        return NeighborListBenchmark.displacedDiamond(5.431, 8, 0.1, 3);
    }
}
