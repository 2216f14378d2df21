package org.mlpot.descriptor.scaling;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mlpot.descriptor.StructureFeatures;
import org.mlpot.io.InputException;
import org.mlpot.structure.Element;

/**
 * n2p2's feature scaling ({@code SymFnc::scale}): per element and per feature, the raw feature G
 * becomes {@code Gs = Smin + a (G − c)}, with {@code S = Smax − Smin} and
 * <ul>
 *   <li>{@link ScalingType#NONE}: {@code a = 1}, {@code c = 0}, no Smin;</li>
 *   <li>{@link ScalingType#SCALE}: {@code a = S / (Gmax − Gmin)}, {@code c = Gmin};</li>
 *   <li>{@link ScalingType#CENTER}: {@code a = 1}, {@code c = Gmean}, no Smin;</li>
 *   <li>{@link ScalingType#SCALE_CENTER}: {@code a = S / (Gmax − Gmin)}, {@code c = Gmean};</li>
 *   <li>{@link ScalingType#SIGMA}: {@code a = S / Gsigma}, {@code c = Gmean}.</li>
 * </ul>
 * {@link #scale} evaluates it in n2p2's order of operations, so the results equal n2p2's bit for
 * bit. As a linear map it is {@code Gs = a·G + b} with {@link #slope a} and {@link #intercept b};
 * models chain derivatives through it as {@code ∂E/∂G = a·∂E/∂Gs} ({@link #toRawDerivatives}).
 * Values outside {@code [Gmin, Gmax]} are not clipped (see {@link FeatureStatistics#extrapolation}).
 *
 * <p>Degenerate features: n2p2 divides by {@code Gmax − Gmin} or {@code Gsigma} without a check, so a
 * feature that is constant over the data set gets an infinite factor and turns every scaled value
 * into {@code NaN} or infinity. This class refuses such a scaling when it is made, naming the
 * element and the feature. Immutable and thread-safe.
 */
public final class FeatureScaling {
    /** n2p2's default {@code scale_min_short}. */
    public static final double DEFAULT_SCALED_MIN = 0.0;
    /** n2p2's default {@code scale_max_short}. */
    public static final double DEFAULT_SCALED_MAX = 1.0;

    private final ScalingType type;
    private final FeatureStatistics statistics;
    private final double scaledMin;
    private final double scaledMax;
    private final double offset; // Smin, or 0 for NONE and CENTER
    private final double[][] factor; // a
    private final double[][] shift; // c
    private final boolean constantsInert;
    private final int inert;

    private FeatureScaling(ScalingType type, FeatureStatistics statistics, double scaledMin, double scaledMax,
                           boolean constantsInert) {
        this.type = type;
        this.constantsInert = constantsInert;
        this.statistics = statistics;
        this.scaledMin = scaledMin;
        this.scaledMax = scaledMax;
        this.offset = type.usesScaledRange() ? scaledMin : 0.0;
        int n = statistics.elements().size();
        factor = new double[n][];
        shift = new double[n][];
        double range = scaledMax - scaledMin;
        int inertCount = 0;
        for (int s = 0; s < n; s++) {
            int size = statistics.size(s);
            factor[s] = new double[size];
            shift[s] = new double[size];
            for (int g = 0; g < size; g++) {
                double min = statistics.min(s, g);
                double max = statistics.max(s, g);
                double mean = statistics.mean(s, g);
                double sigma = statistics.sigma(s, g);
                if (constantsInert && type.usesScaledRange() && min == max && Double.isFinite(min)) {
                    factor[s][g] = 0.0; // every value seen was this one: the input stays at Smin
                    shift[s][g] = min;
                    inertCount++;
                    continue;
                }
                switch (type) {
                    case NONE -> {
                        factor[s][g] = 1.0;
                        shift[s][g] = 0.0;
                    }
                    case SCALE -> {
                        requireFinite(s, g, "Gmin and Gmax", min, max);
                        requireNonZero(s, g, max - min, "Gmax − Gmin", min, max, mean, sigma);
                        factor[s][g] = range / (max - min);
                        shift[s][g] = min;
                    }
                    case CENTER -> {
                        requireFinite(s, g, "Gmean", mean, mean);
                        factor[s][g] = 1.0;
                        shift[s][g] = mean;
                    }
                    case SCALE_CENTER -> {
                        requireFinite(s, g, "Gmin, Gmax and Gmean", min, max, mean);
                        requireNonZero(s, g, max - min, "Gmax − Gmin", min, max, mean, sigma);
                        factor[s][g] = range / (max - min);
                        shift[s][g] = mean;
                    }
                    case SIGMA -> {
                        requireFinite(s, g, "Gmean and Gsigma", mean, sigma);
                        requireNonZero(s, g, sigma, "Gsigma", min, max, mean, sigma);
                        factor[s][g] = range / sigma;
                        shift[s][g] = mean;
                    }
                    default -> throw new AssertionError(type);
                }
            }
        }
        this.inert = inertCount;
    }

    /**
     * The scaling of {@code type} with n2p2's defaults {@code Smin = 0}, {@code Smax = 1}.
     *
     * @throws InputException when a feature is constant or has no statistics and {@code type} divides by its spread
     */
    public static FeatureScaling of(ScalingType type, FeatureStatistics statistics) {
        return of(type, statistics, DEFAULT_SCALED_MIN, DEFAULT_SCALED_MAX);
    }

    /**
     * The scaling of {@code type} onto {@code scaledMin}, {@code scaledMax} (n2p2's
     * {@code scale_min_short}, {@code scale_max_short}; ignored by {@link ScalingType#NONE} and
     * {@link ScalingType#CENTER}).
     *
     * @throws IllegalArgumentException when {@code type} uses the scaled range and it is not finite or
     *     {@code scaledMax <= scaledMin}
     * @throws InputException when a feature is constant or has no statistics and {@code type} divides by its spread
     */
    public static FeatureScaling of(ScalingType type, FeatureStatistics statistics, double scaledMin,
                                    double scaledMax) {
        requireRange(type, statistics, scaledMin, scaledMax);
        return new FeatureScaling(type, statistics, scaledMin, scaledMax, false);
    }

    /**
     * Like {@link #of(ScalingType, FeatureStatistics, double, double)}, but a feature that took one
     * value only in the statistics (such as O–O functions of a molecule with one O) is made inert
     * instead of refused: its scaled input is always Smin and its derivatives 0, so the model ignores
     * it. Should it ever take another value, the extrapolation check reports it.
     */
    public static FeatureScaling ofIgnoringConstantFeatures(ScalingType type, FeatureStatistics statistics,
                                                            double scaledMin, double scaledMax) {
        requireRange(type, statistics, scaledMin, scaledMax);
        return new FeatureScaling(type, statistics, scaledMin, scaledMax, true);
    }

    /** Whether features constant in the statistics are inert rather than refused ({@link #ofIgnoringConstantFeatures}). */
    public boolean constantFeaturesInert() {
        return constantsInert;
    }

    /** The number of inert features over all elements. */
    public int inertFeatures() {
        return inert;
    }

    private static void requireRange(ScalingType type, FeatureStatistics statistics, double scaledMin, double scaledMax) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(statistics, "statistics is null");
        boolean validRange = Double.isFinite(scaledMin) && Double.isFinite(scaledMax) && scaledMax > scaledMin;
        if (type.usesScaledRange() && !validRange) {
            throw new IllegalArgumentException("the scaled range needs finite scale_min_short < scale_max_short, got "
                    + scaledMin + " and " + scaledMax);
        }
    }

    private void requireFinite(int s, int g, String what, double... values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new InputException(String.format(Locale.ROOT,
                        "%s scaling of feature %d (sf_index %d) of element %s needs %s, but the statistics have none "
                                + "(no atoms of %s were seen): add structures with %s to the data the statistics come from",
                        type, g, g + 1, symbol(s), what, symbol(s), symbol(s)));
            }
        }
    }

    private void requireNonZero(int s, int g, double spread, String what, double min, double max, double mean,
                                double sigma) {
        if (spread == 0) {
            throw new InputException(String.format(Locale.ROOT,
                    "%s scaling of feature %d (sf_index %d) of element %s divides by %s = 0: the feature is constant "
                            + "over the data (Gmin %s, Gmax %s, Gmean %s, Gsigma %s); n2p2 would produce NaN or "
                            + "infinite inputs here. Remove the feature from the descriptor, add data where it varies, "
                            + "or use CENTER or NONE scaling",
                    type, g, g + 1, symbol(s), what, min, max, mean, sigma));
        }
    }

    private String symbol(int s) {
        return statistics.elements().get(s).symbol();
    }

    /** The scaling type. */
    public ScalingType type() {
        return type;
    }

    /** The statistics the scaling comes from. */
    public FeatureStatistics statistics() {
        return statistics;
    }

    /** The elements; species {@code s} is {@code elements().get(s)}. */
    public List<Element> elements() {
        return statistics.elements();
    }

    /** The number of features of species {@code species}. */
    public int size(int species) {
        return factor[species].length;
    }

    /** Smin ({@code scale_min_short}). */
    public double scaledMin() {
        return scaledMin;
    }

    /** Smax ({@code scale_max_short}). */
    public double scaledMax() {
        return scaledMax;
    }

    /** {@code a = ∂Gs/∂G} of feature {@code feature} of species {@code species}: n2p2's "scaling factor". */
    public double slope(int species, int feature) {
        return factor[species][feature];
    }

    /** {@code b} in {@code Gs = a·G + b} of feature {@code feature} of species {@code species}: {@code Smin − a·c}. */
    public double intercept(int species, int feature) {
        return offset - factor[species][feature] * shift[species][feature];
    }

    /** The scaled value of raw value {@code value} of feature {@code feature} of species {@code species}. */
    public double scale(int species, int feature, double value) {
        return offset + factor[species][feature] * (value - shift[species][feature]);
    }

    /**
     * Scales one atom's raw features in place.
     *
     * @param values {@code size(species)} raw features from {@code from}; modified: they become the scaled ones
     */
    public void applyInPlace(int species, double[] values, int from) {
        apply(species, values, from, values, from);
    }

    /**
     * Writes the scaled values of one atom's raw features into {@code target}.
     *
     * @param values {@code size(species)} raw features from {@code from}; not modified (unless it is {@code target})
     * @param target receives {@code size(species)} scaled features from {@code to}; modified
     */
    public void apply(int species, double[] values, int from, double[] target, int to) {
        double[] a = factor[species];
        double[] c = shift[species];
        for (int g = 0; g < a.length; g++) {
            target[to + g] = offset + a[g] * (values[from + g] - c[g]);
        }
    }

    /**
     * Writes the scaled features of atom {@code atom} of {@code features} into {@code target}; allocates nothing.
     *
     * @param target receives the atom's {@code size} scaled features from {@code to}; modified
     * @throws IllegalArgumentException when the atom's element or feature count does not match
     */
    public void apply(StructureFeatures features, int atom, double[] target, int to) {
        int s = statistics.requireCompatible(features, atom);
        double[] a = factor[s];
        double[] c = shift[s];
        for (int g = 0; g < a.length; g++) {
            target[to + g] = offset + a[g] * (features.value(atom, g) - c[g]);
        }
    }

    /**
     * Turns derivatives with respect to the scaled features into derivatives with respect to the raw
     * ones, in place: {@code ∂E/∂G_g = a_g ∂E/∂Gs_g}. The result is what
     * {@link StructureFeatures#addForces} and {@link StructureFeatures#addStrainDerivative} take.
     *
     * @param derivatives {@code size(species)} values {@code ∂E/∂Gs} from {@code from}; modified
     */
    public void toRawDerivatives(int species, double[] derivatives, int from) {
        double[] a = factor[species];
        for (int g = 0; g < a.length; g++) {
            derivatives[from + g] *= a[g];
        }
    }

    /** The type, scaled range and elements. */
    @Override
    public String toString() {
        return "FeatureScaling[" + type + (type.usesScaledRange() ? " onto [" + scaledMin + ", " + scaledMax + "]" : "")
                + " for " + statistics.symbols() + "]";
    }
}
