package org.mlpot.descriptor.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/** Every n2p2 scaling formula on known numbers, and the linear map that represents it. */
class FeatureScalingTest {
    /** Scaled features are dimensionless and O(1): agreement of the linear map to a few ulps. */
    private static final double TOLERANCE = 1e-14;

    /** H: one feature, Gmin 1, Gmax 5, Gmean 2, Gsigma 0.5; O: two features. */
    private static FeatureStatistics statistics() {
        return FeatureStatistics.of(List.of(Element.H, Element.O),
                new double[][] {{1.0}, {-2.0, 0.0}},
                new double[][] {{5.0}, {2.0, 0.25}},
                new double[][] {{2.0}, {1.0, 0.125}},
                new double[][] {{0.5}, {4.0, 0.0625}});
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // type,       G,   Gs with Smin -1, Smax 1 (S = 2)
        "NONE,         3.0,  3.0",   // G
        "SCALE,        3.0,  0.0",   // -1 + 2 (3 - 1) / 4
        "CENTER,       3.0,  1.0",   // 3 - 2
        "SCALE_CENTER, 3.0, -0.5",   // -1 + 2 (3 - 2) / 4
        "SIGMA,        3.0,  3.0",   // -1 + 2 (3 - 2) / 0.5
        "SCALE,        1.0, -1.0",   // Gmin -> Smin
        "SCALE,        5.0,  1.0",   // Gmax -> Smax
        "SCALE,        7.0,  2.0",   // no clipping
        "SIGMA,        1.5, -3.0",   // -1 + 2 (1.5 - 2) / 0.5
    })
    void formulasOnKnownNumbers(ScalingType type, double g, double expected) {
        FeatureScaling scaling = FeatureScaling.of(type, statistics(), -1.0, 1.0);
        assertEquals(expected, scaling.scale(0, 0, g), TOLERANCE);
        assertEquals(expected, scaling.slope(0, 0) * g + scaling.intercept(0, 0), TOLERANCE);
    }

    @ParameterizedTest
    @CsvSource({
        // type,       slope a,  intercept b for H with Smin 0, Smax 1 (n2p2 defaults)
        "NONE,         1.0,   0.0",
        "SCALE,        0.25, -0.25",  // (G - 1) / 4
        "CENTER,       1.0,  -2.0",   // G - 2
        "SCALE_CENTER, 0.25, -0.5",   // (G - 2) / 4
        "SIGMA,        2.0,  -4.0",   // (G - 2) / 0.5
    })
    void linearMapWithDefaultRange(ScalingType type, double slope, double intercept) {
        FeatureScaling scaling = FeatureScaling.of(type, statistics());
        assertEquals(0.0, scaling.scaledMin());
        assertEquals(1.0, scaling.scaledMax());
        assertEquals(slope, scaling.slope(0, 0), TOLERANCE);
        assertEquals(intercept, scaling.intercept(0, 0), TOLERANCE);
    }

    /** The scaled value equals n2p2's expression, evaluated in its order of operations, bit for bit. */
    @ParameterizedTest
    @EnumSource(ScalingType.class)
    void scaleIsBitIdenticalToN2p2AndTheLinearMapAgrees(ScalingType type) {
        Random random = new Random(5);
        double smin = -0.7;
        double smax = 1.3;
        FeatureStatistics st = statistics();
        FeatureScaling scaling = FeatureScaling.of(type, st, smin, smax);
        for (int k = 0; k < 1000; k++) {
            int g = random.nextInt(2);
            double value = -3 + 6 * random.nextDouble();
            double min = st.min(1, g);
            double max = st.max(1, g);
            double mean = st.mean(1, g);
            double sigma = st.sigma(1, g);
            double n2p2 = switch (type) {
                case NONE -> value;
                case SCALE -> smin + ((smax - smin) / (max - min)) * (value - min);
                case CENTER -> value - mean;
                case SCALE_CENTER -> smin + ((smax - smin) / (max - min)) * (value - mean);
                case SIGMA -> smin + ((smax - smin) / sigma) * (value - mean);
            };
            assertEquals(n2p2, scaling.scale(1, g, value), 0.0);
            double linear = scaling.slope(1, g) * value + scaling.intercept(1, g);
            assertEquals(n2p2, linear, 1e-13 * (1 + Math.abs(n2p2)));
        }
    }

    @Test
    void applyScalesValueVectorsAndChainsDerivatives() {
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE_CENTER, statistics());
        double[] raw = {9, 9, 1.5, 0.2, 9};
        double[] target = {7, 7, 7, 7};
        scaling.apply(1, raw, 2, target, 1);
        assertEquals(7, target[0]);
        assertEquals((1.5 - 1.0) / 4.0, target[1], TOLERANCE);
        assertEquals((0.2 - 0.125) / 0.25, target[2], TOLERANCE);
        assertEquals(7, target[3]);
        assertEquals(1.5, raw[2]);
        scaling.applyInPlace(1, raw, 2);
        assertEquals(target[1], raw[2], 0.0);
        assertEquals(target[2], raw[3], 0.0);
        assertEquals(9, raw[4]);

        double[] dEdGs = {3.0, 5.0, 8.0};
        scaling.toRawDerivatives(1, dEdGs, 1);
        assertEquals(3.0, dEdGs[0]);
        assertEquals(5.0 * 0.25, dEdGs[1], TOLERANCE);
        assertEquals(8.0 * 4.0, dEdGs[2], TOLERANCE);
    }

    @Test
    void chainedDerivativeMatchesFiniteDifference() {
        // E(Gs) = Gs0² + sin(Gs1); dE/dG by the chain rule vs a central difference in G
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SIGMA, statistics(), -1, 1);
        double[] g = {0.3, 0.1};
        double[] gs = new double[2];
        scaling.apply(1, g, 0, gs, 0);
        double[] dE = {2 * gs[0], Math.cos(gs[1])};
        scaling.toRawDerivatives(1, dE, 0);
        double h = 1e-6;
        for (int k = 0; k < 2; k++) {
            double[] plus = g.clone();
            double[] minus = g.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (energy(scaling, plus) - energy(scaling, minus)) / (2 * h);
            assertEquals(numeric, dE[k], 1e-6 * Math.abs(numeric));
        }
    }

    private static double energy(FeatureScaling scaling, double[] g) {
        double[] gs = new double[2];
        scaling.apply(1, g, 0, gs, 0);
        return gs[0] * gs[0] + Math.sin(gs[1]);
    }

    @Test
    void degenerateFeaturesAreRefusedNamingElementAndFeature() {
        FeatureStatistics constant = FeatureStatistics.of(List.of(Element.H, Element.O),
                new double[][] {{1.0}, {0.0, 0.5}},
                new double[][] {{5.0}, {2.0, 0.5}},
                new double[][] {{2.0}, {1.0, 0.5}},
                new double[][] {{0.5}, {1.0, 0.0}});
        for (ScalingType type : List.of(ScalingType.SCALE, ScalingType.SCALE_CENTER, ScalingType.SIGMA)) {
            InputException e = assertThrows(InputException.class, () -> FeatureScaling.of(type, constant));
            assertTrue(e.getMessage().contains("feature 1 (sf_index 2) of element O"), e.getMessage());
            assertTrue(e.getMessage().contains(type == ScalingType.SIGMA ? "Gsigma = 0" : "Gmax − Gmin = 0"), e.getMessage());
        }
        assertEquals(-0.5, FeatureScaling.of(ScalingType.CENTER, constant).scale(1, 1, 0.0), 0.0);
        assertEquals(0.5, FeatureScaling.of(ScalingType.NONE, constant).scale(1, 1, 0.5), 0.0);

        for (ScalingType type : List.of(ScalingType.SCALE, ScalingType.SCALE_CENTER, ScalingType.SIGMA)) {
            FeatureScaling inert = FeatureScaling.ofIgnoringConstantFeatures(type, constant, -1, 1);
            assertTrue(inert.constantFeaturesInert());
            assertEquals(1, inert.inertFeatures(), type.toString());
            assertEquals(-1.0, inert.scale(1, 1, 0.5), 0.0, "a constant feature sits at Smin");
            assertEquals(-1.0, inert.scale(1, 1, 7.0), 0.0, "and never moves");
            assertEquals(0.0, inert.slope(1, 1), 0.0);
            assertEquals(FeatureScaling.of(type, FeatureStatistics.of(List.of(Element.H), new double[][] {{1.0}},
                    new double[][] {{5.0}}, new double[][] {{2.0}}, new double[][] {{0.5}}), -1, 1).scale(0, 0, 3.0),
                    inert.scale(0, 0, 3.0), 0.0, "the other features scale as usual");
        }
        assertEquals(0, FeatureScaling.of(ScalingType.SCALE, FeatureStatistics.of(List.of(Element.H), new double[][] {{1.0}},
                new double[][] {{5.0}}, new double[][] {{2.0}}, new double[][] {{0.5}})).inertFeatures());
    }

    @Test
    void scaledRangeIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> FeatureScaling.of(ScalingType.SCALE, statistics(), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FeatureScaling.of(ScalingType.SIGMA, statistics(), 0, Double.NaN));
        assertEquals(5.0, FeatureScaling.of(ScalingType.NONE, statistics(), 0, 0).scale(0, 0, 5.0));
    }

    @ParameterizedTest
    @CsvSource({
        "false, false, false, NONE",
        "true,  false, false, SCALE",
        "false, true,  false, CENTER",
        "true,  true,  false, SCALE_CENTER",
        "false, false, true,  SIGMA",
        "true,  false, true,  SCALE",         // n2p2 checks scale and center first
        "true,  true,  true,  SCALE_CENTER",
        "false, true,  true,  CENTER",
    })
    void typeFromN2p2Keywords(boolean scale, boolean center, boolean sigma, ScalingType expected) {
        assertEquals(expected, ScalingType.fromN2p2Keywords(scale, center, sigma));
    }

    @Test
    void statisticsValidateTheirShape() {
        double[][] one = {{1.0}};
        assertThrows(IllegalArgumentException.class, () -> FeatureStatistics.of(List.of(Element.H, Element.O), one, one, one, one));
        assertThrows(IllegalArgumentException.class,
                () -> FeatureStatistics.of(List.of(Element.H), new double[][] {{2.0}}, one, one, one));
        assertThrows(IllegalArgumentException.class,
                () -> FeatureStatistics.of(List.of(Element.H), one, one, one, new double[][] {{-1.0}}));
        assertThrows(IllegalStateException.class, () -> statistics().count(0));
        assertEquals(1, statistics().species(Element.O));
        assertThrows(IllegalArgumentException.class, () -> statistics().species(Element.C));
    }
}
