package org.mlpot.api;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mlpot.data.Frame;

/** Small data and specs for the API tests: Stillinger–Weber silicon frames from the bundled examples. */
final class TinyModels {

    private TinyModels() {
    }

    /** The first {@code count} of the 431 bundled Stillinger–Weber frames (64 Si atoms each, energies and forces). */
    static List<Frame> siliconFrames(int count) {
        Path file = Path.of(System.getProperty("mlpot.repo.root", "..")).resolve("examples/data/si-sw.xyz.gz");
        try (Stream<Frame> frames = ExtXyz.stream(file)) {
            return frames.limit(count).toList();
        }
    }

    /** A tiny network spec (8-8 tanh, Adam) that trains on {@code dataFile} (relative to the spec's folder). */
    static String networkSpec(String dataFile, int epochs) {
        return """
                model tiny {
                  elements Si
                  descriptor acsf {
                    cutoff 4.5 Å
                    radial  { grid gastegger(shifted, 4, 2.0, 4.2) }
                    angular { grid gastegger(centered, 2, 2.0, 4.2)  zeta 1 }
                  }
                  network { hidden 8, 8  seed 3 }
                  train {
                    data "%s"
                    validation 20%%  test 0%%  seed 5
                    loss { energy 1  forces 0.1 }
                    optimizer adam  learning_rate 0.01
                    epochs %d  batch 4
                  }
                }
                """.formatted(dataFile, epochs);
    }

    /** A tiny sparse Gaussian process on SOAP that trains on {@code dataFile} (relative to the spec's folder). */
    static String gaussianProcessSpec(String dataFile) {
        return """
                model tiny_gap {
                  elements Si
                  reference_energy { Si 0 eV }
                  descriptor soap { cutoff 3.8 Å  n_max 4  l_max 3  sigma 0.5 Å  transition 0.5 Å }
                  kernel dot_product { zeta 4  delta 0.5 eV }
                  sparse { points 40  selection cur }
                  noise { energy 1 meV/atom  forces 50 meV/Å  stress 10 MPa }
                  train { data "%s"  validation 25%%  test 0%%  seed 3 }
                }
                """.formatted(dataFile);
    }
}
