package org.mlpot.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpot.gp.kernel.SquaredExponentialKernel;
import org.mlpot.spec.NoiseSpec;
import org.mlpot.structure.Element;

/** The fit's memory estimate grows as M² (plus block·M terms) and a setting beyond the heap is refused before any work, saying what to change. */
class MemoryEstimateTest {
    private static final FitSettings SETTINGS = new FitSettings(new NoiseSpec(0.001, 0.05, 0.001, Map.of()),
            Map.of(Element.Si, 0.0), 1e-8, 1024, 2);

    @Test
    void estimateGrowsAsTheSquareOfTheSparsePoints() {
        long m2000 = fit(2000).memoryEstimate(64, 10_000_000);
        double ratio = (double) fit(8000).memoryEstimate(64, 10_000_000) / fit(4000).memoryEstimate(64, 10_000_000);
        assertEquals(3.75, ratio, 0.25, "M² growth (with the block·M terms, towards 4)");
        assertTrue(m2000 > 8L * 2000 * 2000 * 10, "at least ten M×M matrices");
        assertTrue(m2000 < 2_000_000_000L, "100 000 observations with M = 2000 fit in a 2 GB heap: " + m2000);
    }

    @Test
    void refusesWhatTheHeapCannotHold() {
        int m = (int) Math.sqrt(Runtime.getRuntime().maxMemory() / 8.0) + 1; // one M×M matrix alone exceeds the heap
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(m).checkMemory(64, 1_000_000));
        assertTrue(e.getMessage().contains("fewer sparse points") && e.getMessage().contains("-Xmx"), e.getMessage());
    }

    private static SparseGaussianProcessFit fit(int m) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            points.add(new double[] {i, 0.5 * i});
        }
        return new SparseGaussianProcessFit(new RadialToyDescriptor(Element.Si, 4.0, 2), new SquaredExponentialKernel(1, 1),
                SparsePoints.of(Map.of(Element.Si, points)), SETTINGS);
    }
}
