package org.mlpot.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpot.descriptor.scaling.ExtrapolationReport;
import org.mlpot.descriptor.scaling.ExtrapolationWarning;
import org.mlpot.descriptor.scaling.FeatureScaling;
import org.mlpot.descriptor.scaling.FeatureStatistics;
import org.mlpot.descriptor.scaling.FeatureStatisticsAccumulator;
import org.mlpot.descriptor.scaling.ScalingDataFile;
import org.mlpot.descriptor.scaling.ScalingType;
import org.mlpot.io.FormatException;
import org.mlpot.structure.Cell;
import org.mlpot.structure.Element;
import org.mlpot.structure.Structure;

/**
 * Feature statistics and scaling on features that {@link ToyDescriptor} computes for small random
 * clusters, compared with min, max, mean and sigma computed directly (two passes). Lives in this
 * package because {@link ToyDescriptor} is package-private.
 */
class FeatureStatisticsToyTest {
    /** Relative tolerance on mean and sigma (features are O(1) and dimensionless). */
    private static final double RELATIVE = 1e-12;

    private final Descriptor descriptor = new ToyDescriptor(List.of(Element.H, Element.O), 3.5);
    private final FeatureCalculator calculator = new FeatureCalculator(descriptor, 1);

    /** A non-periodic cluster of 3 to 10 atoms, H or O at random, in a 4 Å cube. */
    private static Structure cluster(Random random, double size) {
        int n = 3 + random.nextInt(8);
        List<Element> species = new ArrayList<>();
        double[] p = new double[3 * n];
        for (int i = 0; i < n; i++) {
            species.add(random.nextInt(3) == 0 ? Element.O : Element.H);
            for (int c = 0; c < 3; c++) {
                p[3 * i + c] = size * random.nextDouble();
            }
        }
        return Structure.of(species, p, Cell.none());
    }

    private List<StructureFeatures> features(long seed, int structures) {
        Random random = new Random(seed);
        List<StructureFeatures> list = new ArrayList<>();
        for (int k = 0; k < structures; k++) {
            list.add(calculator.compute(cluster(random, 4.0), false));
        }
        return list;
    }

    /** Every value of feature g of species s, directly. */
    private static List<Double> column(List<StructureFeatures> all, int species, int g) {
        List<Double> values = new ArrayList<>();
        for (StructureFeatures f : all) {
            for (int i = 0; i < f.atoms(); i++) {
                if (f.species(i) == species) {
                    values.add(f.value(i, g));
                }
            }
        }
        return values;
    }

    @Test
    void statisticsEqualDirectTwoPassValues() {
        List<StructureFeatures> all = features(11, 25);
        FeatureStatisticsAccumulator accumulator = new FeatureStatisticsAccumulator(descriptor);
        all.forEach(accumulator::add);
        FeatureStatistics statistics = accumulator.statistics();
        assertEquals(List.of(Element.H, Element.O), statistics.elements());
        for (int s = 0; s < 2; s++) {
            assertEquals(3, statistics.size(s));
            long atoms = column(all, s, 0).size();
            assertTrue(atoms > 10, "too few atoms of species " + s);
            assertEquals(atoms, statistics.count(s));
            for (int g = 0; g < 3; g++) {
                List<Double> values = column(all, s, g);
                double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
                double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
                double sigma = Math.sqrt(squares / (values.size() - 1)); // n2p2: N − 1
                assertEquals(min, statistics.min(s, g), 0.0);
                assertEquals(max, statistics.max(s, g), 0.0);
                assertEquals(mean, statistics.mean(s, g), RELATIVE * Math.abs(mean));
                assertEquals(sigma, statistics.sigma(s, g), RELATIVE * sigma);
                assertTrue(sigma > 0);
            }
        }
    }

    @Test
    void mergedPartsEqualOnePass() {
        List<StructureFeatures> all = features(12, 30);
        FeatureStatisticsAccumulator whole = new FeatureStatisticsAccumulator(descriptor);
        all.forEach(whole::add);
        FeatureStatisticsAccumulator first = new FeatureStatisticsAccumulator(descriptor);
        FeatureStatisticsAccumulator second = new FeatureStatisticsAccumulator(descriptor);
        FeatureStatisticsAccumulator third = new FeatureStatisticsAccumulator(descriptor);
        FeatureStatisticsAccumulator empty = new FeatureStatisticsAccumulator(descriptor);
        all.subList(0, 4).forEach(first::add);
        all.subList(4, 19).forEach(second::add);
        all.subList(19, 30).forEach(third::add);
        FeatureStatistics merged = empty.merge(first).merge(second).merge(third).statistics();
        FeatureStatistics parallel = all.parallelStream().collect(FeatureStatisticsAccumulator.collector(descriptor));
        assertSameStatistics(whole.statistics(), merged);
        assertSameStatistics(whole.statistics(), parallel);
        assertEquals(4 + 15 + 11, all.size());
        assertEquals(first.count(0) + second.count(0) + third.count(0), merged.count(0));
    }

    private static void assertSameStatistics(FeatureStatistics expected, FeatureStatistics actual) {
        for (int s = 0; s < expected.elements().size(); s++) {
            assertEquals(expected.count(s), actual.count(s));
            for (int g = 0; g < expected.size(s); g++) {
                assertEquals(expected.min(s, g), actual.min(s, g), 0.0);
                assertEquals(expected.max(s, g), actual.max(s, g), 0.0);
                assertEquals(expected.mean(s, g), actual.mean(s, g), RELATIVE * Math.abs(expected.mean(s, g)));
                assertEquals(expected.sigma(s, g), actual.sigma(s, g), RELATIVE * expected.sigma(s, g));
            }
        }
    }

    @Test
    void elementsWithoutAtomsHaveNoStatisticsAndOneAtomHasSigmaZero() {
        Structure one = Structure.of(List.of(Element.H), new double[3], Cell.none());
        FeatureStatisticsAccumulator accumulator = new FeatureStatisticsAccumulator(descriptor);
        accumulator.add(calculator.compute(one, false));
        FeatureStatistics statistics = accumulator.statistics();
        assertEquals(1, statistics.count(0));
        assertEquals(0.0, statistics.sigma(0, 0), 0.0);
        assertEquals(0, statistics.count(1));
        assertTrue(Double.isNaN(statistics.min(1, 0)) && Double.isNaN(statistics.sigma(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> ScalingDataFile.write(new java.io.StringWriter(), statistics));
        Exception e = assertThrows(org.mlpot.io.InputException.class, () -> FeatureScaling.of(ScalingType.SCALE, statistics));
        assertTrue(e.getMessage().contains("element H") && e.getMessage().contains("constant"), e.getMessage());
    }

    @Test
    void refusesFeaturesOfAnotherDescriptor() {
        Descriptor swapped = new ToyDescriptor(List.of(Element.O, Element.H), 3.5);
        StructureFeatures features = new FeatureCalculator(swapped, 1).compute(cluster(new Random(3), 4.0), false);
        FeatureStatisticsAccumulator accumulator = new FeatureStatisticsAccumulator(descriptor);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> accumulator.add(features));
        assertTrue(e.getMessage().contains("same descriptor"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> accumulator.merge(new FeatureStatisticsAccumulator(swapped)));
    }

    @Test
    void extrapolationFlagsOnlyValuesOutsideTheRangeSeen() {
        List<StructureFeatures> all = features(13, 20);
        FeatureStatistics statistics = all.stream().collect(FeatureStatisticsAccumulator.collector(descriptor));
        for (StructureFeatures f : all) {
            ExtrapolationReport report = statistics.extrapolation(f);
            assertTrue(report.isEmpty(), report.toString());
            assertEquals(f.atoms(), report.atoms());
        }
        // a compressed cluster: more and closer neighbours than any training cluster
        StructureFeatures dense = calculator.compute(cluster(new Random(14), 0.6), false);
        ExtrapolationReport report = statistics.extrapolation(dense);
        assertFalse(report.isEmpty());
        int direct = 0;
        double[] values = new double[3];
        for (int i = 0; i < dense.atoms(); i++) {
            dense.copyValues(i, values, 0);
            int outside = statistics.countOutside(dense.species(i), values, 0);
            direct += outside;
            for (int g = 0; g < 3; g++) {
                double v = values[g];
                boolean expected = v < statistics.min(dense.species(i), g) - 1e-12
                        || v > statistics.max(dense.species(i), g) + 1e-12;
                assertEquals(expected, statistics.isOutside(dense.species(i), g, v));
            }
        }
        assertEquals(direct, report.count());
        for (ExtrapolationWarning w : report.warnings()) {
            assertEquals(dense.element(w.atom()), w.element());
            assertEquals(dense.value(w.atom(), w.feature()), w.value(), 0.0);
            assertTrue(w.value() < w.min() || w.value() > w.max());
        }
    }

    @Test
    void scalingAStructureEqualsScalingEachValue() {
        List<StructureFeatures> all = features(15, 10);
        FeatureStatistics statistics = all.stream().collect(FeatureStatisticsAccumulator.collector(descriptor));
        FeatureScaling scaling = FeatureScaling.of(ScalingType.SCALE, statistics, -1, 1);
        StructureFeatures f = all.get(0);
        double[] scaled = new double[3 * f.atoms()];
        for (int i = 0; i < f.atoms(); i++) {
            scaling.apply(f, i, scaled, 3 * i);
        }
        for (StructureFeatures g : all) { // training values map into [Smin, Smax]
            for (int i = 0; i < g.atoms(); i++) {
                for (int k = 0; k < 3; k++) {
                    double s = scaling.scale(g.species(i), k, g.value(i, k));
                    assertTrue(s >= -1 - 1e-12 && s <= 1 + 1e-12, "scaled value " + s);
                }
            }
        }
        for (int i = 0; i < f.atoms(); i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(scaling.scale(f.species(i), k, f.value(i, k)), scaled[3 * i + k], 0.0);
            }
        }
    }

    @Test
    void scalingDataRoundTripsThroughAFileAndChecksTheDescriptor(@TempDir Path dir) throws IOException {
        FeatureStatistics statistics = features(16, 10).stream().collect(FeatureStatisticsAccumulator.collector(descriptor));
        Path file = dir.resolve("scaling.data");
        ScalingDataFile.write(file, statistics);
        FeatureStatistics read = ScalingDataFile.read(file, descriptor);
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < 3; g++) {
                assertEquals(statistics.min(s, g), read.min(s, g), 0.0);
                assertEquals(statistics.max(s, g), read.max(s, g), 0.0);
                assertEquals(statistics.mean(s, g), read.mean(s, g), 0.0);
                assertEquals(statistics.sigma(s, g), read.sigma(s, g), 0.0);
            }
        }
        assertFalse(read.hasCounts());
        Descriptor three = new ToyDescriptor(List.of(Element.H, Element.O, Element.C), 3.5);
        FormatException e = assertThrows(FormatException.class, () -> ScalingDataFile.read(file, three));
        assertTrue(e.getMessage().contains("no lines for element O"), e.getMessage());
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^ +2 +3 .*\\n", ""));
        FormatException sizes = assertThrows(FormatException.class, () -> ScalingDataFile.read(file, descriptor));
        assertTrue(sizes.getMessage().contains("element O (e_index 2) has 2 features here but the descriptor gives it 3"),
                sizes.getMessage());
    }
}
