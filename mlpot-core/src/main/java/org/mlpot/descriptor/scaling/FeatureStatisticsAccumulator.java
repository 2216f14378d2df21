package org.mlpot.descriptor.scaling;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.mlpot.descriptor.Descriptor;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.structure.Element;

/**
 * Accumulates {@link FeatureStatistics} over any number of structures, one pass, in constant memory:
 * per element the atom count, and per feature the minimum, maximum, and mean and sum of squared
 * deviations by Welford's update (numerically stable, unlike n2p2's running sums of G and G²).
 * Accumulators over parts of a data set {@link #merge} into the accumulator of the whole (Chan et
 * al.'s pairwise formula), so statistics can be computed in parallel ({@link #collector}) or streamed.
 *
 * <p>Mutable and not thread-safe: use one per thread and merge them.
 */
public final class FeatureStatisticsAccumulator {
    private final List<Element> elements;
    private final long[] counts;
    private final double[][] min;
    private final double[][] max;
    private final double[][] mean;
    private final double[][] squares; // Σ (G − mean)²

    /** An empty accumulator for the elements and feature counts of {@code descriptor}. */
    public FeatureStatisticsAccumulator(Descriptor descriptor) {
        this(Objects.requireNonNull(descriptor, "descriptor is null").elements(), sizes(descriptor));
    }

    /**
     * An empty accumulator.
     *
     * @param elements the elements, in the descriptor's order (species indices)
     * @param sizes the number of features of each element; not modified
     * @throws IllegalArgumentException when the lengths differ, a size is negative or elements repeat
     */
    public FeatureStatisticsAccumulator(List<Element> elements, int[] sizes) {
        this.elements = List.copyOf(Objects.requireNonNull(elements, "elements is null"));
        Objects.requireNonNull(sizes, "sizes is null");
        if (sizes.length != this.elements.size()) {
            throw new IllegalArgumentException(sizes.length + " sizes for " + this.elements.size() + " elements");
        }
        if (this.elements.size() != new java.util.HashSet<>(this.elements).size()) {
            throw new IllegalArgumentException("elements repeat: " + this.elements);
        }
        int n = sizes.length;
        counts = new long[n];
        min = new double[n][];
        max = new double[n][];
        mean = new double[n][];
        squares = new double[n][];
        for (int s = 0; s < n; s++) {
            if (sizes[s] < 0) {
                throw new IllegalArgumentException("negative size " + sizes[s] + " for " + this.elements.get(s).symbol());
            }
            min[s] = new double[sizes[s]];
            max[s] = new double[sizes[s]];
            mean[s] = new double[sizes[s]];
            squares[s] = new double[sizes[s]];
            Arrays.fill(min[s], Double.POSITIVE_INFINITY);
            Arrays.fill(max[s], Double.NEGATIVE_INFINITY);
        }
    }

    private static int[] sizes(Descriptor descriptor) {
        return descriptor.elements().stream().mapToInt(descriptor::size).toArray();
    }

    /**
     * A collector that accumulates the features of a stream of structures, in parallel when the
     * stream is parallel, into their statistics.
     */
    public static Collector<StructureFeatures, FeatureStatisticsAccumulator, FeatureStatistics> collector(
            Descriptor descriptor) {
        Objects.requireNonNull(descriptor, "descriptor is null");
        List<Element> elements = descriptor.elements();
        int[] sizes = sizes(descriptor);
        return Collector.of(() -> new FeatureStatisticsAccumulator(elements, sizes),
                FeatureStatisticsAccumulator::add, FeatureStatisticsAccumulator::merge,
                FeatureStatisticsAccumulator::statistics);
    }

    /** The elements; species {@code s} is {@code elements().get(s)}. */
    public List<Element> elements() {
        return elements;
    }

    /** The number of atoms of species {@code species} added so far. */
    public long count(int species) {
        return counts[species];
    }

    /**
     * Adds the raw features of every atom of {@code features}.
     *
     * @throws IllegalArgumentException when an atom's element or feature count does not match
     */
    public void add(StructureFeatures features) {
        Objects.requireNonNull(features, "features is null");
        for (int i = 0; i < features.atoms(); i++) {
            int s = features.species(i);
            if (s >= elements.size() || features.element(i) != elements.get(s) || features.size(i) != min[s].length) {
                throw new IllegalArgumentException("atom " + i + " is " + features.element(i).symbol() + " (species " + s
                        + ", " + features.size(i) + " features), which does not match this accumulator for "
                        + elements.stream().map(Element::symbol).toList() + ": use one made for the same descriptor");
            }
            long n = ++counts[s];
            double[] lo = min[s];
            double[] hi = max[s];
            double[] m = mean[s];
            double[] q = squares[s];
            for (int g = 0; g < lo.length; g++) {
                update(features.value(i, g), n, g, lo, hi, m, q);
            }
        }
    }

    /**
     * Adds one atom's raw features.
     *
     * @param values {@code size} features of species {@code species} from {@code offset}; not modified
     */
    public void add(int species, double[] values, int offset) {
        Objects.requireNonNull(values, "values is null");
        long n = ++counts[species];
        double[] lo = min[species];
        double[] hi = max[species];
        double[] m = mean[species];
        double[] q = squares[species];
        for (int g = 0; g < lo.length; g++) {
            update(values[offset + g], n, g, lo, hi, m, q);
        }
    }

    private static void update(double x, long n, int g, double[] lo, double[] hi, double[] m, double[] q) {
        if (x < lo[g]) {
            lo[g] = x;
        }
        if (x > hi[g]) {
            hi[g] = x;
        }
        double delta = x - m[g];
        m[g] += delta / n;
        q[g] += delta * (x - m[g]);
    }

    /**
     * Adds everything {@code other} has accumulated to this accumulator; {@code other} is not modified.
     *
     * @return this accumulator
     * @throws IllegalArgumentException when the elements or feature counts differ
     */
    public FeatureStatisticsAccumulator merge(FeatureStatisticsAccumulator other) {
        Objects.requireNonNull(other, "other is null");
        if (!elements.equals(other.elements) || !Arrays.equals(sizes(), other.sizes())) {
            throw new IllegalArgumentException("cannot merge statistics for " + elements + " with " + Arrays.toString(sizes())
                    + " features into one for " + other.elements + " with " + Arrays.toString(other.sizes()));
        }
        for (int s = 0; s < counts.length; s++) {
            long nb = other.counts[s];
            if (nb == 0) {
                continue;
            }
            long na = counts[s];
            double n = na + nb;
            for (int g = 0; g < min[s].length; g++) {
                min[s][g] = Math.min(min[s][g], other.min[s][g]);
                max[s][g] = Math.max(max[s][g], other.max[s][g]);
                double delta = other.mean[s][g] - mean[s][g];
                mean[s][g] += delta * (nb / n);
                squares[s][g] += other.squares[s][g] + delta * delta * (na / n) * nb;
            }
            counts[s] = na + nb;
        }
        return this;
    }

    private int[] sizes() {
        return Arrays.stream(min).mapToInt(row -> row.length).toArray();
    }

    /**
     * The statistics of everything added so far (a snapshot; this accumulator can go on). An element
     * without atoms gets {@code NaN} statistics; one atom gives sigma 0.
     */
    public FeatureStatistics statistics() {
        int n = counts.length;
        double[][] lo = new double[n][];
        double[][] hi = new double[n][];
        double[][] m = new double[n][];
        double[][] sigma = new double[n][];
        for (int s = 0; s < n; s++) {
            int size = min[s].length;
            lo[s] = new double[size];
            hi[s] = new double[size];
            m[s] = new double[size];
            sigma[s] = new double[size];
            for (int g = 0; g < size; g++) {
                if (counts[s] == 0) {
                    lo[s][g] = hi[s][g] = m[s][g] = sigma[s][g] = Double.NaN;
                } else {
                    lo[s][g] = min[s][g];
                    hi[s][g] = max[s][g];
                    m[s][g] = mean[s][g];
                    sigma[s][g] = counts[s] < 2 ? 0.0 : Math.sqrt(squares[s][g] / (counts[s] - 1));
                }
            }
        }
        return new FeatureStatistics(elements, counts.clone(), lo, hi, m, sigma);
    }
}
