package org.mlpot.io.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.FeatureCalculator;
import org.mlpot.descriptor.acsf.SymmetryFunctions;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Element;

/** Feature scalings survive a model file bit for bit, with or without atom counts, NaN statistics included. */
class FeatureScalingCodecTest {
    @TempDir
    Path folder;

    private FeatureScaling roundTrip(FeatureScaling scaling) {
        return FeatureScalingCodec.read(CodecRoundTrips.roundTrip(folder, FeatureScalingCodec.write(scaling)));
    }

    private static void assertSameScaling(FeatureScaling expected, FeatureScaling actual) {
        assertEquals(expected.type(), actual.type());
        assertEquals(Double.doubleToRawLongBits(expected.scaledMin()), Double.doubleToRawLongBits(actual.scaledMin()));
        assertEquals(Double.doubleToRawLongBits(expected.scaledMax()), Double.doubleToRawLongBits(actual.scaledMax()));
        assertEquals(expected.statistics(), actual.statistics(), "every statistic bit for bit, and the counts");
        for (int s = 0; s < expected.elements().size(); s++) {
            for (int g = 0; g < expected.size(s); g++) {
                assertEquals(expected.slope(s, g), actual.slope(s, g), 0.0);
                assertEquals(expected.intercept(s, g), actual.intercept(s, g), 0.0);
            }
        }
    }

    @Test
    void statisticsFromFeaturesKeepTheirCounts() {
        SymmetryFunctions descriptor = DescriptorCodecTest.mixedAcsf();
        FeatureStatisticsAccumulator accumulator = new FeatureStatisticsAccumulator(descriptor);
        accumulator.add(new FeatureCalculator(descriptor, 1).compute(DescriptorCodecTest.sample(), false));
        FeatureStatistics statistics = accumulator.statistics();
        assertTrue(statistics.hasCounts());
        for (ScalingType type : List.of(ScalingType.CENTER, ScalingType.NONE)) {
            FeatureScaling scaling = FeatureScaling.of(type, statistics, -1.0, 1.0 / 3.0);
            FeatureScaling back = roundTrip(scaling);
            assertSameScaling(scaling, back);
            assertEquals(statistics.count(1), back.statistics().count(1));
        }
    }

    @Test
    void statisticsWithoutCountsOrDataRoundTrip() {
        Random random = new Random(9);
        double[][] min = new double[2][5];
        double[][] max = new double[2][5];
        double[][] mean = new double[2][5];
        double[][] sigma = new double[2][5];
        for (int g = 0; g < 5; g++) {
            min[0][g] = -random.nextDouble();
            max[0][g] = random.nextDouble() * 1e-7;
            mean[0][g] = random.nextGaussian() * 1e-9;
            sigma[0][g] = random.nextDouble();
            min[1][g] = max[1][g] = mean[1][g] = sigma[1][g] = Double.NaN; // no H atoms seen
        }
        FeatureStatistics statistics = FeatureStatistics.of(List.of(Element.H, Element.O), min, max, mean, sigma);
        FeatureScaling scaling = FeatureScaling.of(ScalingType.NONE, statistics);
        FeatureScaling back = roundTrip(scaling);
        assertFalse(back.statistics().hasCounts());
        assertSameScaling(scaling, back);
    }

    @Test
    void inertConstantFeaturesStayInert() {
        FeatureStatistics statistics = FeatureStatistics.of(List.of(Element.H), new double[][] {{1.0, 2.0}},
                new double[][] {{1.0, 3.0}}, new double[][] {{1.0, 2.5}}, new double[][] {{0.0, 0.2}});
        FeatureScaling scaling = FeatureScaling.ofIgnoringConstantFeatures(ScalingType.SCALE_CENTER, statistics, -1, 1);
        FeatureScaling back = roundTrip(scaling);
        assertTrue(back.constantFeaturesInert());
        assertEquals(1, back.inertFeatures());
        assertSameScaling(scaling, back);
        ObjectNode json = FeatureScalingCodec.write(scaling);
        json.put("constant_features", "dropped");
        FormatException e = assertThrows(FormatException.class, () -> FeatureScalingCodec.read(CodecRoundTrips.roundTrip(folder, json)));
        assertTrue(e.getMessage().contains("constant_features"), e.getMessage());
    }

    @Test
    void aDegenerateScalingIsNamedByPath() {
        double[][] one = {{1.0}};
        FeatureScaling scaling = FeatureScaling.of(ScalingType.CENTER, FeatureStatistics.of(List.of(Element.H), one, one, one, one));
        ObjectNode json = FeatureScalingCodec.write(scaling);
        json.put("type", ScalingType.SCALE.name());
        FormatException e = assertThrows(FormatException.class, () -> FeatureScalingCodec.read(CodecRoundTrips.roundTrip(folder, json)));
        assertTrue(e.getMessage().contains(": model.value: SCALE scaling of feature 0"), e.getMessage());
    }
}
