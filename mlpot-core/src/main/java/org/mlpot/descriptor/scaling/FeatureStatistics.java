package org.mlpot.descriptor.scaling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.structure.Element;

/**
 * Per element and per feature: the minimum, maximum, mean and standard deviation of the raw
 * features over a data set, and the number of atoms they come from. Immutable. Made by
 * {@link FeatureStatisticsAccumulator} from computed features, or read from n2p2's
 * {@code scaling.data} by {@link ScalingDataFile} (which stores no atom counts).
 *
 * <p>Elements are addressed by species: the index in {@link #elements()}, which must be the
 * descriptor's element list so that {@link StructureFeatures#species(int)} indexes it too.
 *
 * <p>{@link #sigma} is the sample standard deviation {@code sqrt(Σ(G − Gmean)² / (N − 1))}, the
 * value n2p2's {@code nnp-scaling} writes ({@code Dataset::writeSymmetryFunctionScaling}); it is 0
 * for a single atom, where n2p2 writes {@code nan}. For an element without atoms every statistic is
 * {@code NaN}.
 */
public final class FeatureStatistics {
    /**
     * n2p2's allowance for values just outside {@code [Gmin, Gmax]} before it warns:
     * {@code 1000 × DBL_EPSILON}, absolute ({@code Element::updateSymmetryFunctionStatistics}).
     */
    public static final double EXTRAPOLATION_TOLERANCE = 1000 * Math.ulp(1.0);

    private final List<Element> elements;
    private final long[] counts; // null when unknown
    private final double[][] min;
    private final double[][] max;
    private final double[][] mean;
    private final double[][] sigma;

    /** Takes the arrays as they are (callers in this package hand over fresh arrays). */
    FeatureStatistics(List<Element> elements, long[] counts, double[][] min, double[][] max, double[][] mean,
                      double[][] sigma) {
        this.elements = List.copyOf(elements);
        this.counts = counts;
        this.min = min;
        this.max = max;
        this.mean = mean;
        this.sigma = sigma;
    }

    /**
     * Statistics from known values, without atom counts. The arrays are indexed
     * {@code [species][feature]} and copied; they must all have {@code elements.size()} rows and
     * equal row lengths, with {@code min ≤ max} and {@code sigma ≥ 0} (NaN allowed for an element
     * without data).
     *
     * @throws IllegalArgumentException when shapes differ or a value is out of order
     */
    public static FeatureStatistics of(List<Element> elements, double[][] min, double[][] max, double[][] mean,
                                       double[][] sigma) {
        Objects.requireNonNull(elements, "elements is null");
        List<Element> list = List.copyOf(elements);
        if (list.size() != new java.util.HashSet<>(list).size()) {
            throw new IllegalArgumentException("elements repeat: " + list);
        }
        double[][][] tables = {min, max, mean, sigma};
        String[] names = {"min", "max", "mean", "sigma"};
        for (int t = 0; t < tables.length; t++) {
            Objects.requireNonNull(tables[t], names[t] + " is null");
            if (tables[t].length != list.size()) {
                throw new IllegalArgumentException(names[t] + " has " + tables[t].length + " rows for "
                        + list.size() + " elements");
            }
            for (int s = 0; s < list.size(); s++) {
                Objects.requireNonNull(tables[t][s], names[t] + "[" + s + "] is null");
                if (tables[t][s].length != min[s].length) {
                    throw new IllegalArgumentException(names[t] + "[" + s + "] has " + tables[t][s].length
                            + " features but min[" + s + "] has " + min[s].length);
                }
            }
        }
        for (int s = 0; s < list.size(); s++) {
            for (int g = 0; g < min[s].length; g++) {
                if (min[s][g] > max[s][g] || sigma[s][g] < 0) {
                    throw new IllegalArgumentException("feature " + g + " of " + list.get(s).symbol() + ": min "
                            + min[s][g] + ", max " + max[s][g] + ", sigma " + sigma[s][g]
                            + " (need min <= max and sigma >= 0)");
                }
            }
        }
        return new FeatureStatistics(list, null, deepCopy(min), deepCopy(max), deepCopy(mean), deepCopy(sigma));
    }

    /**
     * Statistics from known values with the number of atoms of each element they come from (as
     * {@link FeatureStatisticsAccumulator} makes them, for example when a model file is read back).
     * The arrays are checked as by {@link #of(List, double[][], double[][], double[][], double[][])} and copied.
     *
     * @param counts atoms per element, {@code elements.size()} values, not negative; not modified
     * @throws IllegalArgumentException when shapes differ, a value is out of order or a count is negative
     */
    public static FeatureStatistics of(List<Element> elements, long[] counts, double[][] min, double[][] max,
                                       double[][] mean, double[][] sigma) {
        Objects.requireNonNull(counts, "counts is null");
        FeatureStatistics checked = of(elements, min, max, mean, sigma);
        if (counts.length != checked.elements.size()) {
            throw new IllegalArgumentException(counts.length + " atom counts for " + checked.elements.size() + " elements");
        }
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("atom counts must not be negative, got " + Arrays.toString(counts));
            }
        }
        return new FeatureStatistics(checked.elements, counts.clone(), checked.min, checked.max, checked.mean, checked.sigma);
    }

    private static double[][] deepCopy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int s = 0; s < table.length; s++) {
            copy[s] = table[s].clone();
        }
        return copy;
    }

    /** The elements; species {@code s} is {@code elements().get(s)}. */
    public List<Element> elements() {
        return elements;
    }

    /**
     * The species of {@code element}: its index in {@link #elements()}.
     *
     * @throws IllegalArgumentException when the element is not in the list
     */
    public int species(Element element) {
        int s = elements.indexOf(Objects.requireNonNull(element, "element is null"));
        if (s < 0) {
            throw new IllegalArgumentException("no statistics for " + element.symbol() + "; they cover " + symbols());
        }
        return s;
    }

    /** The number of features of species {@code species}. */
    public int size(int species) {
        return min[species].length;
    }

    /** Whether atom counts are known (not for statistics read from {@code scaling.data}). */
    public boolean hasCounts() {
        return counts != null;
    }

    /**
     * The number of atoms of species {@code species} the statistics come from.
     *
     * @throws IllegalStateException when counts are unknown ({@link #hasCounts()})
     */
    public long count(int species) {
        if (counts == null) {
            throw new IllegalStateException("atom counts are unknown: scaling.data does not store them");
        }
        return counts[species];
    }

    /** The smallest value of feature {@code feature} of species {@code species}. */
    public double min(int species, int feature) {
        return min[species][feature];
    }

    /** The largest value of feature {@code feature} of species {@code species}. */
    public double max(int species, int feature) {
        return max[species][feature];
    }

    /** The mean of feature {@code feature} of species {@code species}. */
    public double mean(int species, int feature) {
        return mean[species][feature];
    }

    /** The sample standard deviation (N − 1, as n2p2) of feature {@code feature} of species {@code species}. */
    public double sigma(int species, int feature) {
        return sigma[species][feature];
    }

    /**
     * Whether {@code value} lies outside {@code [Gmin, Gmax]} of feature {@code feature} of species
     * {@code species} by more than {@link #EXTRAPOLATION_TOLERANCE}: what n2p2 reports as an extrapolation
     * warning.
     */
    public boolean isOutside(int species, int feature, double value) {
        return value + EXTRAPOLATION_TOLERANCE < min[species][feature]
                || value - EXTRAPOLATION_TOLERANCE > max[species][feature];
    }

    /**
     * How many of one atom's raw features lie outside the range seen ({@link #isOutside}); allocates nothing.
     *
     * @param values {@code size(species)} raw features from {@code offset}; not modified
     */
    public int countOutside(int species, double[] values, int offset) {
        double[] lo = min[species];
        double[] hi = max[species];
        int outside = 0;
        for (int g = 0; g < lo.length; g++) {
            double v = values[offset + g];
            if (v + EXTRAPOLATION_TOLERANCE < lo[g] || v - EXTRAPOLATION_TOLERANCE > hi[g]) {
                outside++;
            }
        }
        return outside;
    }

    /**
     * Every raw feature of {@code features} outside the range seen ({@link #isOutside}), n2p2's
     * extrapolation warnings for one structure.
     *
     * @throws IllegalArgumentException when the features use another element list or feature count
     */
    public ExtrapolationReport extrapolation(StructureFeatures features) {
        Objects.requireNonNull(features, "features is null");
        List<ExtrapolationWarning> warnings = new ArrayList<>();
        long values = 0;
        for (int i = 0; i < features.atoms(); i++) {
            int s = requireCompatible(features, i);
            for (int g = 0; g < size(s); g++) {
                double v = features.value(i, g);
                if (isOutside(s, g, v)) {
                    warnings.add(new ExtrapolationWarning(i, elements.get(s), g, v, min[s][g], max[s][g]));
                }
            }
            values += size(s);
        }
        return new ExtrapolationReport(features.atoms(), values, warnings);
    }

    /** Atom {@code i}'s species, after checking that it means the same element here. */
    int requireCompatible(StructureFeatures features, int i) {
        int s = features.species(i);
        if (s >= elements.size() || features.element(i) != elements.get(s) || features.size(i) != size(s)) {
            throw new IllegalArgumentException("atom " + i + " is " + features.element(i).symbol() + " (species " + s
                    + ", " + features.size(i) + " features), which does not match statistics for " + symbols()
                    + " with " + sizes() + " features: use statistics made for the same descriptor");
        }
        return s;
    }

    String symbols() {
        return elements.stream().map(Element::symbol).toList().toString();
    }

    private String sizes() {
        int[] sizes = new int[elements.size()];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = size(s);
        }
        return Arrays.toString(sizes);
    }

    /** Equal when elements, counts (or their absence) and every statistic are equal bit for bit. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureStatistics other
                && elements.equals(other.elements)
                && Arrays.equals(counts, other.counts)
                && Arrays.deepEquals(min, other.min)
                && Arrays.deepEquals(max, other.max)
                && Arrays.deepEquals(mean, other.mean)
                && Arrays.deepEquals(sigma, other.sigma);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elements, Arrays.hashCode(counts), Arrays.deepHashCode(min), Arrays.deepHashCode(max));
    }

    /** The elements, their feature counts and atom counts. */
    @Override
    public String toString() {
        return "FeatureStatistics" + symbols() + " features " + sizes()
                + (counts == null ? "" : " atoms " + Arrays.toString(counts));
    }
}
