package org.mlpot.descriptor.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpot.structure.Element;
import org.mlpot.testing.Requirements;

/**
 * Reads the {@code scaling.data} of the three n2p2 example potentials in place (GPL, never copied into
 * this repository), checks the elements and feature counts their READMEs state, writes them back
 * byte for byte, and builds the scaling each potential uses. Skipped, with a message, when the data
 * are absent. The folder is the system property {@code mlpot.n2p2.data}, or
 * {@code <mlpot.repo.root>/../shared/data/n2p2}.
 */
class N2p2ScalingDataTest {

    private static Path n2p2Folder() {
        return Requirements.n2p2Data("the n2p2 scaling.data tests");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // folder    | elements in input.nn order | sizes in that order (READMEs) | input.nn scaling keywords
        "H2O_RPBE-D3 | H O    | 27 30      | SCALE_CENTER",
        "Cu2S_PBE    | S Cu   | 72 66      | SIGMA",
        "DMABN_SCAN  | C N H  | 333 219 334 | SCALE_CENTER",
    })
    void readsTheExamplePotentials(String name, String symbols, String sizes, ScalingType type) throws IOException {
        Path file = n2p2Folder().resolve(name).resolve("scaling.data");
        Requirements.require(Files.isRegularFile(file), "no " + file + ": skipping");
        List<Element> elements = Arrays.stream(symbols.trim().split(" ")).map(Element::of).toList();
        int[] expected = Arrays.stream(sizes.trim().split(" +")).mapToInt(Integer::parseInt).toArray();

        FeatureStatistics statistics = ScalingDataFile.read(file, elements);
        assertEquals(elements, statistics.elements());
        for (int s = 0; s < elements.size(); s++) {
            assertEquals(expected[s], statistics.size(s), elements.get(s).symbol());
            for (int g = 0; g < statistics.size(s); g++) {
                assertTrue(statistics.min(s, g) < statistics.max(s, g));
                assertTrue(statistics.sigma(s, g) > 0);
            }
        }

        StringWriter out = new StringWriter();
        ScalingDataFile.write(out, statistics);
        assertEquals(Files.readString(file), out.toString(), "written back byte for byte");

        FeatureScaling scaling = FeatureScaling.of(type, statistics);
        for (int s = 0; s < elements.size(); s++) {
            for (int g = 0; g < statistics.size(s); g++) {
                double mean = statistics.mean(s, g);
                assertEquals(0.0, scaling.scale(s, g, mean), 0.0); // Smin 0 and centred
                double spread = type == ScalingType.SIGMA ? statistics.sigma(s, g)
                        : statistics.max(s, g) - statistics.min(s, g);
                assertEquals(1.0 / spread, scaling.slope(s, g), 1e-15 / spread);
            }
        }
    }
}
